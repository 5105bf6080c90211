using SleepFM.Channels;
using SleepFM.Interactive.Charts;
using SleepFM.Models;

namespace SleepFM.Tests.Interactive;

/// <summary>The electrode map projects and labels the montage; the PE panel shows why the truncated encoding confuses C3 and C4.</summary>
[Collection("Torch")]
public sealed class ElectrodeMapTests
{
    [Fact]
    public void Projection_puts_the_vertex_at_the_centre_and_the_equator_on_the_unit_circle()
    {
        Assert.Equal((0.0, 0.0), ElectrodeMap.Project(new ElectrodePosition(0, 0, 1)));
        var (x, y) = ElectrodeMap.Project(new ElectrodePosition(1, 0, 0));
        Assert.Equal(1, x, 12);
        Assert.Equal(0, y, 12);
        var front = ElectrodeMap.Project(new ElectrodePosition(0, Math.Sqrt(0.5), Math.Sqrt(0.5)));
        Assert.Equal(0.5, front.Y, 12);   // 45° from the vertex is half-way to the rim
    }

    [Fact]
    public void Montage_channels_are_highlighted_with_labels_and_every_site_has_xyz_hover_text()
    {
        var chart = ElectrodeMap.Positions(["C3-M2", "C4-M1", "Fp1", "Nonsense"]);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(2, traces.Count);
        int sites = ElectrodePositions.Default.Count;
        Assert.Equal(sites, traces[0].Length("x"));
        Assert.Contains(traces[0].Strings("text"), t => t.StartsWith("Cz: x=0.000, y=", StringComparison.Ordinal) && t.Contains("z=1.000", StringComparison.Ordinal));
        Assert.Equal(["C3-M2", "C4-M1", "Fp1"], traces[1].Strings("text"));
        Assert.Equal("markers+text", traces[1].GetProperty("mode").GetString());
        Assert.Equal("#d62728", traces[1].GetProperty("marker").GetProperty("color").GetString());
        // C3-M2 and C4-M1 are mirror images: x of opposite sign, same y.
        var xs = traces[1].Numbers("x");
        var ys = traces[1].Numbers("y");
        Assert.Equal(-xs[0], xs[1], 9);
        Assert.Equal(ys[0], ys[1], 9);
        var layout = ChartJson.Layout(chart);
        Assert.Contains("Nonsense", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
    }

    [Fact]
    public void Positional_encoding_panel_shows_C3_and_C4_identical_only_in_the_truncated_mode()
    {
        var positions = new[] { "C3", "C4" }.Select(c => ElectrodePositions.Default.Locate(c).Position!.Value).ToList();

        var correct = ElectrodeMap.Features(positions, ChannelPositionalEncoding.Mode.AllAxes);
        var truncated = ElectrodeMap.Features(positions, ChannelPositionalEncoding.Mode.AuthorsTruncated);

        Assert.Equal(128, correct[0].Length);
        Assert.True(correct[0].Zip(correct[1]).Max(p => Math.Abs(p.First - p.Second)) > 0.1);
        Assert.True(truncated[0].Zip(truncated[1]).Max(p => Math.Abs(p.First - p.Second)) < 1e-12);

        var chart = ElectrodeMap.PositionalEncoding(["C3", "C4", "O1"]);
        var heatmaps = ChartJson.Traces(chart).Where(t => t.Type() == "heatmap").ToList();
        Assert.Equal(2, heatmaps.Count);
        Assert.All(heatmaps, h => Assert.Equal(["C3", "C4", "O1"], h.Strings("y")));
        Assert.All(heatmaps, h => Assert.Equal(128, h.GetProperty("z")[0].GetArrayLength()));
    }
}
