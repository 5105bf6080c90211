using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Channels;
using SleepFM.Models;
using SleepFM.Runtime;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// The 10-05 electrode positions seen from above (azimuthal equidistant projection from the vertex: the
/// equator z = 0 is the unit circle, nose up), with a montage highlighted; and the channel positional
/// encoding's Fourier features (SPEC §2) per channel, for the correct all-axes selection beside the
/// authors' truncated one, where mirror electrodes such as C3 and C4 get identical rows.
/// </summary>
public static class ElectrodeMap
{
    /// <summary>
    /// Top-view coordinates of a position (x right, y front) by its direction from the head centre: a bipolar
    /// channel's midpoint lies inside the sphere and is drawn where that direction meets the scalp.
    /// </summary>
    public static (double X, double Y) Project(ElectrodePosition p)
    {
        double rho = Math.Sqrt(p.X * p.X + p.Y * p.Y), norm = Math.Sqrt(rho * rho + p.Z * p.Z);
        if (rho < 1e-12 || norm < 1e-12) return (0, 0);
        double radius = Math.Acos(Math.Clamp(p.Z / norm, -1, 1)) / (Math.PI / 2);
        return (radius * p.X / rho, radius * p.Y / rho);
    }

    /// <summary>Every 10-05 site, with the montage's channels highlighted and labelled.</summary>
    /// <param name="montage">Channel labels (e.g. "C4-M1", "Fp1", "O2-A1"); bipolar channels sit at their midpoint. Null = none.</param>
    /// <param name="positions">Position table; null = the embedded 10-05 table.</param>
    public static GenericChart Positions(IEnumerable<string>? montage = null, ElectrodePositions? positions = null)
    {
        positions ??= ElectrodePositions.Default;
        var sites = positions.Labels.Select(l => (Label: l, Ok: positions.TryGetSite(l, out var p), Position: p)).Where(s => s.Ok).ToList();
        var all = CSharpChart.Point<double, double, string>(x: sites.Select(s => Project(s.Position).X), y: sites.Select(s => Project(s.Position).Y),
            Name: $"10-05 sites ({sites.Count})", MarkerColor: Color.fromString("#bdbdbd"),
            MultiText: Opt.Of<IEnumerable<string>>(sites.Select(s => Hover(s.Label, s.Position)).ToList()));
        var traces = new List<GenericChart> { all };
        var missing = new List<string>();
        if (montage is not null)
        {
            var located = new List<(string Label, ElectrodePosition Position)>();
            foreach (var label in montage)
            {
                var lookup = positions.Locate(label);
                if (lookup.Position is { } p) located.Add((label, p));
                else missing.Add(label);
            }
            traces.Add(CSharpChart.Point<double, double, string>(x: located.Select(s => Project(s.Position).X), y: located.Select(s => Project(s.Position).Y),
                Name: $"montage ({located.Count})", MarkerColor: Color.fromString("#d62728"),
                MultiText: Opt.Of<IEnumerable<string>>(located.Select(s => s.Label).ToList()), TextPosition: StyleParam.TextPosition.TopCenter)
                .WithTraceProperty("mode", "markers+text").WithTraceProperty("marker", LayoutExtras.Object(("color", "#d62728"), ("size", 11)))
                .WithTraceProperty("hovertext", located.Select(s => Hover(s.Label, s.Position)).ToArray()).WithTraceProperty("hoverinfo", "text"));
        }
        var title = "10-05 electrode positions (top view, nose up)";
        if (missing.Count > 0) title += $" · no position: {string.Join(", ", missing)}";
        return CSharpChart.Combine(traces)
            .WithShapes([LayoutExtras.Circle(-1, -1, 1, 1, "#555555")])
            .WithXAxisStyle<double, double, string>(TitleText: "right →", MinMax: Tuple.Create(-1.35, 1.35), ShowGrid: false, ZeroLine: false)
            .WithYAxisStyle<double, double, string>(TitleText: "front →", MinMax: Tuple.Create(-1.35, 1.35), ShowGrid: false, ZeroLine: false)
            .WithLayoutProperty("yaxis", LayoutExtras.Object(("title", LayoutExtras.Object(("text", "front →"))), ("range", new[] { -1.35, 1.35 }),
                ("scaleanchor", "x"), ("showgrid", false), ("zeroline", false)))
            .WithTitle(title)
            .WithSize(640, 640);
    }

    /// <summary>
    /// The 128 Fourier features (64 cosines, then 64 sines) the channel PE feeds its MLP, per channel, for both
    /// frequency selections side by side.
    /// </summary>
    /// <param name="channels">Channel labels with known positions (unknown ones are listed in the title and skipped).</param>
    public static GenericChart PositionalEncoding(IEnumerable<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var located = new List<(string Label, ElectrodePosition Position)>();
        var missing = new List<string>();
        foreach (var label in channels)
        {
            if (ElectrodePositions.Default.Locate(label).Position is { } p) located.Add((label, p));
            else missing.Add(label);
        }
        if (located.Count == 0) throw new ArgumentException("No channel with a known position.", nameof(channels));
        var panels = new List<GenericChart>();
        var titles = new List<string>();
        foreach (var mode in new[] { ChannelPositionalEncoding.Mode.AllAxes, ChannelPositionalEncoding.Mode.AuthorsTruncated })
        {
            var features = Features(located.Select(l => l.Position).ToList(), mode);
            panels.Add(CSharpChart.Heatmap<double, int, string, string>(zData: features,
                X: Opt.Of<IEnumerable<int>>(Enumerable.Range(0, ChannelPositionalEncoding.FeatureCount).ToList()),
                Y: Opt.Of<IEnumerable<string>>(located.Select(l => l.Label).ToList()), Name: mode.ToString(),
                ColorScale: StyleParam.Colorscale.RdBu, ShowScale: mode == ChannelPositionalEncoding.Mode.AllAxes)
                .WithXAxisStyle<double, double, string>(TitleText: "feature (0–63 cos, 64–127 sin)"));
            titles.Add(mode == ChannelPositionalEncoding.Mode.AllAxes
                ? "correct: 64 lowest |f|² triples (all axes)"
                : "authors' truncated: first 64 triples (fx = 0)");
        }
        var title = "Channel positional encoding · Fourier features per channel";
        if (missing.Count > 0) title += $" · no position: {string.Join(", ", missing)}";
        return CSharpChart.Grid(panels, 1, 2, SubPlotTitles: Opt.Of<IEnumerable<string>>(titles), XGap: 0.12)
            .WithAxisProperty("yaxis", "autorange", "reversed")
            .WithAxisProperty("yaxis2", "autorange", "reversed")
            .WithTitle(title)
            .WithSize(1100, 120 + 28 * located.Count + 120);
    }

    /// <summary>The Fourier features of positions, as the model computes them (<see cref="ChannelPositionalEncoding.FourierFeatures"/>).</summary>
    /// <returns>One row of 128 values per position.</returns>
    public static double[][] Features(IReadOnlyList<ElectrodePosition> positions, ChannelPositionalEncoding.Mode mode)
    {
        ArgumentNullException.ThrowIfNull(positions);
        TorchRuntime.EnsureLoaded();
        using var scope = TorchSharp.torch.NewDisposeScope();
        var flat = positions.SelectMany(p => new[] { p.X, p.Y, p.Z }).ToArray();
        var input = TorchSharp.torch.tensor(flat, [positions.Count, 3], dtype: TorchSharp.torch.ScalarType.Float64);
        var values = ChannelPositionalEncoding.FourierFeatures(input, mode).data<double>().ToArray();
        int f = ChannelPositionalEncoding.FeatureCount;
        return Enumerable.Range(0, positions.Count).Select(i => values.AsSpan(i * f, f).ToArray()).ToArray();
    }

    static string Hover(string label, ElectrodePosition p) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: x={p.X:0.000}, y={p.Y:0.000}, z={p.Z:0.000}");
}
