using SleepFM.IO;
using System.Globalization;
using System.Text;
using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// Reads and writes <c>index.csv</c>: one row per window, columns
/// <c>window_id,shard,row,recording_id,subject_id,split,start_s,labels</c> (labels separated by ';'), ordered by
/// recording id then time. A loader needs only this file and the shards.
/// </summary>
public static class DatasetIndex
{
    /// <summary>File name inside the prepared folder.</summary>
    public const string FileName = "index.csv";

    const string Header = "window_id,shard,row,recording_id,subject_id,split,start_s,labels";

    /// <summary>Builds the rows from manifests (sorted by recording id) and subject splits.</summary>
    public static IReadOnlyList<IndexedWindow> Build(IEnumerable<RecordingManifest> manifests, IReadOnlyDictionary<string, DataSplit> splits)
    {
        var rows = new List<IndexedWindow>();
        foreach (var m in manifests.OrderBy(m => m.RecordingId, StringComparer.Ordinal))
        {
            if (m.Shard is null) continue;
            var split = splits.TryGetValue(m.SubjectId, out var s) ? s : m.OfficialSplit ?? DataSplit.Train;
            for (int w = 0; w < m.WindowCount; w++)
                rows.Add(new IndexedWindow(rows.Count, m.Shard, w, m.RecordingId, m.SubjectId, split, m.StartSeconds[w], m.Labels[w]));
        }
        return rows;
    }

    /// <summary>Writes index.csv atomically.</summary>
    public static void Write(string path, IReadOnlyList<IndexedWindow> rows)
    {
        var sb = new StringBuilder(Header).Append('\n');
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in rows)
            sb.Append(r.WindowId.ToString(inv)).Append(',').Append(Csv.Escape(r.Shard)).Append(',').Append(r.Row.ToString(inv)).Append(',')
              .Append(Csv.Escape(r.RecordingId)).Append(',').Append(Csv.Escape(r.SubjectId)).Append(',').Append(SubjectSplits.ToText(r.Split)).Append(',')
              .Append(r.StartSeconds.ToString("R", inv)).Append(',').Append(string.Join(';', r.Labels.Select(l => l.ToString(inv)))).Append('\n');
        AtomicFile.WriteAllText(path, sb.ToString());
    }

    /// <summary>Reads index.csv.</summary>
    /// <exception cref="DatasetLayoutException">A malformed row, with its line.</exception>
    public static IReadOnlyList<IndexedWindow> Read(string path)
    {
        var table = CsvTable.Read(path);
        int id = table.Column("window_id"), shard = table.Column("shard"), row = table.Column("row"), rec = table.Column("recording_id"),
            subject = table.Column("subject_id"), split = table.Column("split"), start = table.Column("start_s"), labels = table.Column("labels");
        var inv = CultureInfo.InvariantCulture;
        var result = new List<IndexedWindow>(table.Rows.Count);
        foreach (var (line, cells) in table.Rows)
        {
            if (!long.TryParse(cells[id], NumberStyles.Integer, inv, out long windowId)
                || !int.TryParse(cells[row], NumberStyles.Integer, inv, out int r)
                || !double.TryParse(cells[start], NumberStyles.Float, inv, out double s)
                || !SubjectSplits.TryParse(cells[split], out var sp))
                throw new DatasetLayoutException(path, "window_id, row, start_s or split is malformed", line);
            int[] labelValues;
            try
            {
                labelValues = cells[labels].Split(';').Select(x => int.Parse(x, NumberStyles.Integer, inv)).ToArray();
            }
            catch (FormatException)
            {
                throw new DatasetLayoutException(path, $"labels '{cells[labels]}' are not integers separated by ';'", line);
            }
            result.Add(new IndexedWindow(windowId, cells[shard], r, cells[rec], cells[subject], sp, s, labelValues));
        }
        return result;
    }
}
