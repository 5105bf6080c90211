using Microsoft.DotNet.Interactive.Formatting;

namespace SleepFM.Notebooks.Tests;

/// <summary>The outcome of one executed code cell.</summary>
/// <param name="Index">Position of the cell in the notebook (0-based, counting markdown cells).</param>
/// <param name="Source">The cell's code.</param>
/// <param name="Error">The failure, or null when the cell succeeded.</param>
/// <param name="Outputs">Everything the cell displayed, by MIME type.</param>
public sealed record CellResult(int Index, string Source, string? Error, IReadOnlyList<FormattedValue> Outputs)
{
    /// <summary>True when the cell failed or timed out.</summary>
    public bool Failed => Error is not null;

    /// <summary>The first non-empty line of the cell, for messages.</summary>
    public string FirstLine => Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}

/// <summary>The outcome of one notebook run.</summary>
/// <param name="NotebookPath">The executed notebook.</param>
/// <param name="Cells">Executed code cells in order; the last one is the failure, if any.</param>
public sealed record NotebookRun(string NotebookPath, IReadOnlyList<CellResult> Cells)
{
    /// <summary>The failing cell, or null.</summary>
    public CellResult? Failure => Cells.FirstOrDefault(c => c.Failed);

    /// <summary>A one-paragraph description of the failure that names the cell, its first line and the error.</summary>
    public string Describe() => Failure is { } f
        ? $"{Path.GetFileName(NotebookPath)}: cell {f.Index} ('{f.FirstLine}') failed:\n{f.Error}"
        : $"{Path.GetFileName(NotebookPath)}: all {Cells.Count} code cells succeeded";

    /// <summary>All HTML the notebook displayed, concatenated.</summary>
    public string AllHtml => string.Concat(Cells.SelectMany(c => c.Outputs).Where(o => o.MimeType == "text/html").Select(o => o.Value));
}
