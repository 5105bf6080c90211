using System.Buffers.Binary;
using System.Xml.Linq;
using SleepFM.Evaluation.Reporting;
using SleepFM.Interactive.Charts;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Interactive;

/// <summary>A fact that needs a headless Chromium for <see cref="StaticImage"/>; skipped with the reason otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips unless <see cref="StaticImage.IsAvailable"/>.</summary>
    public ChromiumFactAttribute()
    {
        if (!StaticImage.IsAvailable)
            Skip = $"No Chromium for static export: install chromium or set ${StaticImage.BrowserVariable}.";
    }
}

/// <summary>Figure 1 exported through headless Chromium as a real PNG and SVG.</summary>
public sealed class StaticImageTests
{
    static Plotly.NET.GenericChart Figure1() => PaperFigures.ClassCounts(
    [
        new ClassCount("tuab", "normal", 10), new ClassCount("tuab", "abnormal", 7),
        new ClassCount("ptbxl", "RBBB", 3), new ClassCount("ptbxl", "AF", 4),
    ]);

    [ChromiumFact]
    public void Png_export_writes_a_png_of_the_requested_size()
    {
        using var dir = new TempDirectory();
        var path = dir.File("figures/figure1.png");

        StaticImage.Export(Figure1(), path, 640, 360);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.True(bytes.Length > 5000, $"{bytes.Length} bytes: too small for a drawn chart");
    }

    [ChromiumFact]
    public void Svg_export_is_xml_with_the_title_text()
    {
        using var dir = new TempDirectory();
        var path = dir.File("figure1.svg");

        StaticImage.Export(Figure1(), path, 640, 360);

        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("Figure 1", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value == "abnormal");
    }

    [Fact]
    public void Unknown_extensions_and_a_missing_browser_are_clear_errors()
    {
        Assert.Throws<ArgumentException>(() => StaticImage.Export(Figure1(), "figure.jpg", 100, 100));

        var saved = Environment.GetEnvironmentVariable(StaticImage.BrowserVariable);
        try
        {
            Environment.SetEnvironmentVariable(StaticImage.BrowserVariable, "/nonexistent/chromium");
            Assert.False(StaticImage.IsAvailable);
            var error = Assert.Throws<StaticImageException>(() => StaticImage.Export(Figure1(), "figure.png", 100, 100));
            Assert.Contains(StaticImage.BrowserVariable, error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(StaticImage.BrowserVariable, saved);
        }
    }
}
