using SleepFM.IO;

namespace SleepFM.Datasets;

/// <summary>
/// A small comma-separated table with a header row (RFC 4180 quoting), read whole. Label and subject
/// tables are kilobytes, so simplicity wins over streaming.
/// </summary>
internal sealed class CsvTable
{
    readonly Dictionary<string, int> columns;

    CsvTable(string path, string[] header, List<(int Line, string[] Cells)> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++) columns.TryAdd(header[i].Trim(), i);
    }

    public string Path { get; }
    public string[] Header { get; }
    public List<(int Line, string[] Cells)> Rows { get; }

    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllLines(path);
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) throw new DatasetLayoutException(path, "the table is empty (no header row)");
        var header = Split(lines[first], path, first + 1).Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var rows = new List<(int, string[])>();
        for (int i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = Split(lines[i], path, i + 1);
            if (cells.Length != header.Length)
                throw new DatasetLayoutException(path, $"has {cells.Length} cells where the header has {header.Length}", i + 1);
            rows.Add((i + 1, cells));
        }
        return new CsvTable(path, header, rows);
    }

    public bool Has(string column) => columns.ContainsKey(column);

    public int Column(string column) => columns.TryGetValue(column, out int i) ? i
        : throw new DatasetLayoutException(Path, $"column '{column}' is missing (columns: {string.Join(", ", Header)})", 1);

    public int? OptionalColumn(params string[] names)
    {
        foreach (var n in names) if (columns.TryGetValue(n, out int i)) return i;
        return null;
    }

    static string[] Split(string line, string path, int lineNumber)
    {
        try
        {
            return [.. Csv.Split(line).Select(cell => cell.Trim())];
        }
        catch (FormatException)
        {
            throw new DatasetLayoutException(path, "has an unterminated quoted cell", lineNumber);
        }
    }
}
