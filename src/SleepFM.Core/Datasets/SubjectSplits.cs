using SleepFM.IO;
using System.Text;

namespace SleepFM.Datasets;

/// <summary>
/// The <c>splits.csv</c> saved next to a prepared dataset (columns <c>subject_id,split</c>; split is
/// <c>train</c>, <c>validation</c> or <c>test</c>; rows sorted by subject), so a result can name exactly which
/// subjects it was tested on.
/// </summary>
public static class SubjectSplits
{
    /// <summary>File name inside the prepared folder.</summary>
    public const string FileName = "splits.csv";

    /// <summary>Lower-case name used in files.</summary>
    public static string ToText(DataSplit split) => split switch
    {
        DataSplit.Train => "train",
        DataSplit.Validation => "validation",
        DataSplit.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, null),
    };

    /// <summary>Parses <c>train</c>, <c>validation</c>/<c>val</c>, <c>test</c> (case-insensitive).</summary>
    public static bool TryParse(string text, out DataSplit split)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "train": split = DataSplit.Train; return true;
            case "validation" or "val" or "valid": split = DataSplit.Validation; return true;
            case "test": split = DataSplit.Test; return true;
            default: split = default; return false;
        }
    }

    /// <summary>Writes the table (UTF-8, '\n' line ends).</summary>
    public static void Write(string path, IReadOnlyDictionary<string, DataSplit> splits)
    {
        var sb = new StringBuilder("subject_id,split\n");
        foreach (var (subject, split) in splits.OrderBy(p => p.Key, StringComparer.Ordinal))
            sb.Append(Csv.Escape(subject)).Append(',').Append(ToText(split)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="DatasetLayoutException">A missing column or an unknown split name, with its line.</exception>
    public static IReadOnlyDictionary<string, DataSplit> Read(string path)
    {
        var table = CsvTable.Read(path);
        int subjectColumn = table.Column("subject_id"), splitColumn = table.Column("split");
        var result = new Dictionary<string, DataSplit>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            if (!TryParse(cells[splitColumn], out var split))
                throw new DatasetLayoutException(path, $"split '{cells[splitColumn]}' is not train, validation or test", line);
            result[cells[subjectColumn]] = split;
        }
        return result;
    }
}
