using SleepFM.Interactive.Charts;
using SleepFM.Interactive.Reports;
using SleepFM.IO;
using SleepFM.Reproduction;

namespace SleepFM.Cli.Commands;

/// <summary>Writes a reproduction's figures as standalone HTML pages (plotly.js inlined, offline) and, with Chromium, PNG.</summary>
static class ReproductionOutputs
{
    /// <summary>Writes every figure that has data; returns the files written. Without a browser the PNGs are skipped with one warning.</summary>
    public static IReadOnlyList<string> WriteFigures(ReproductionLayout layout, TextWriter warnings)
    {
        Directory.CreateDirectory(layout.Figures);
        var written = new List<string>();
        bool png = StaticImage.IsAvailable;
        if (!png) warnings.WriteLine("sleepfm: warning: no Chromium found, so figures are written as HTML only (bash environment/install-chromium.sh, or set SLEEPFM_CHROMIUM).");
        foreach (var (name, chart) in ReproductionFigures.All(layout))
        {
            var html = Path.Combine(layout.Figures, name + ".html");
            AtomicFile.WriteAllText(html, ChartHtml.Page(chart, name));
            written.Add(html);
            if (!png) continue;
            var image = Path.Combine(layout.Figures, name + ".png");
            try
            {
                var (width, height) = ChartSize.Of(chart);
                StaticImage.Export(chart, image, width, height);
                written.Add(image);
            }
            catch (StaticImageException e)
            {
                warnings.WriteLine($"sleepfm: warning: {image} not written: {e.Message}");
            }
        }
        return written;
    }
}
