using SleepFM.Interactive.Charts;
using SleepFM.Interactive.Reports;
using SleepFM.IO;
using SleepFM.Reproduction;

namespace SleepFM.Cli.Commands;

/// <summary>Writes a reproduction's figures as standalone HTML pages (plotly.js inlined, offline).</summary>
static class ReproductionOutputs
{
    /// <summary>Writes every figure that has data; returns the files written.</summary>
    public static IReadOnlyList<string> WriteFigures(ReproductionLayout layout)
    {
        Directory.CreateDirectory(layout.Figures);
        var written = new List<string>();
        foreach (var (name, chart) in ReproductionFigures.All(layout))
        {
            var html = Path.Combine(layout.Figures, name + ".html");
            AtomicFile.WriteAllText(html, ChartHtml.Page(chart, name));
            written.Add(html);
        }
        return written;
    }
}
