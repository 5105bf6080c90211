namespace SleepFM.Datasets;

/// <summary>CSV cell quoting shared by the files the pipeline writes.</summary>
public static class Csv
{
    /// <summary>Quotes a cell when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
