using System.Globalization;
using SleepFM.Evaluation.Reporting;
using SleepFM.IO;

namespace SleepFM.Evaluation.Ablation;

/// <summary>Reads the curves back from <c>ablation.csv</c> files written by <see cref="ChannelAblation.WriteCsv"/> (one task or merged).</summary>
public static class AblationCsv
{
    /// <summary>One <see cref="AblationPoint"/> per (task, k), in file order.</summary>
    /// <exception cref="InvalidDataException">A column is missing or a number does not parse; the message names the file and line.</exception>
    public static IReadOnlyList<AblationPoint> ReadCurve(string path)
    {
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext()) throw new InvalidDataException($"{path} is empty.");
        var header = Csv.Split(lines.Current, path, 1);
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: column '{name}' is missing.");
        int task = Col("task"), k = Col("k"), mean = Col("mean"), lower = Col("ci_lower"), upper = Col("ci_upper"),
            fraction = Col("fraction_of_full"), reaches = Col("reaches_threshold"), channels = Col("channels");
        var rows = new List<string[]>();
        int lineNumber = 1;
        while (lines.MoveNext())
        {
            lineNumber++;
            if (lines.Current.Length == 0) continue;
            var row = Csv.Split(lines.Current, path, lineNumber);
            if (row.Length != header.Length) throw new InvalidDataException($"{path}, line {lineNumber}: {row.Length} fields, expected {header.Length}.");
            rows.Add(row);
        }
        // The full montage is the size of the largest subset of each task.
        var total = rows.GroupBy(r => r[task]).ToDictionary(g => g.Key, g => g.Max(r => r[channels].Split('|').Length));
        return rows.GroupBy(r => (Task: r[task], K: r[k])).Select(g =>
        {
            var r = g.First();
            return new AblationPoint(g.Key.Task, Int(g.Key.K), total[g.Key.Task], Double(r[mean]), Double(r[lower]), Double(r[upper]),
                g.Count(), Double(r[fraction]), r[reaches] == "true");
        }).ToList();

        double Double(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
            : throw new InvalidDataException($"{path}: '{s}' is not a number.");
        int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
            : throw new InvalidDataException($"{path}: '{s}' is not an integer.");
    }
}
