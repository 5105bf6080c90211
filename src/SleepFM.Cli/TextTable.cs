namespace SleepFM.Cli;

/// <summary>A plain-text table with aligned columns, for terminals and logs alike (no colour codes).</summary>
sealed class TextTable(params string[] headers)
{
    readonly List<string[]> rows = [];

    /// <summary>Adds a row; missing cells are blank.</summary>
    public void Add(params string[] cells) => rows.Add(cells);

    /// <summary>Writes the header, a rule and the rows; numeric-looking cells are right-aligned.</summary>
    public void Write(TextWriter writer)
    {
        var widths = headers.Select((h, c) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => c < r.Length ? r[c].Length : 0))).ToArray();
        writer.WriteLine(Format(headers, widths, alignNumbers: false));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in rows) writer.WriteLine(Format(row, widths, alignNumbers: true));
    }

    static string Format(string[] cells, int[] widths, bool alignNumbers) =>
        string.Join("  ", widths.Select((w, c) =>
        {
            var cell = c < cells.Length ? cells[c] : "";
            return alignNumbers && IsNumber(cell) ? cell.PadLeft(w) : cell.PadRight(w);
        })).TrimEnd();

    static bool IsNumber(string cell) =>
        cell.Length > 0 && double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
