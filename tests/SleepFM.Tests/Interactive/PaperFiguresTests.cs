using System.Text.RegularExpressions;
using SleepFM.Evaluation.Reporting;
using SleepFM.Interactive.Charts;

namespace SleepFM.Tests.Interactive;

/// <summary>The figures carry the right traces, error bars and highlights (checked in the chart's JSON).</summary>
public class PaperFiguresTests
{
    static string Json(Plotly.NET.GenericChart chart) => ChartHtml.Fragment(chart, includePlotlyJs: false);

    /// <summary>The chart's traces (the "data" array Plotly.newPlot receives).</summary>
    static List<System.Text.Json.JsonElement> Traces(string html)
    {
        var data = Regex.Match(html, @"var data = (\[.*?\]);\s*var layout", RegexOptions.Singleline).Groups[1].Value;
        return System.Text.Json.JsonDocument.Parse(data).RootElement.EnumerateArray().ToList();
    }

    [Fact]
    public void Figure_2_has_one_trace_per_series_and_panel_with_std_error_bars()
    {
        var html = Json(PaperFigures.ScoresByRegime(PaperResults.Headline));

        // Scratch, PT, PT+PE and SOTA in the EEG panel; Scratch, PT and SOTA in the ECG panel.
        Assert.Equal(7, Traces(html).Count(t => t.GetProperty("type").GetString() == "bar"));
        // Paper scratch: TUEV and TUAB have a std; TUSL, BrainCapture and CHB-MIT are single numbers (no bar).
        Assert.Contains("\"error_y\":{\"visible\":true,\"type\":\"data\",\"symmetric\":true,\"array\":[0.017,0.044,\"NaN\",\"NaN\",\"NaN\"]", html);
        Assert.Contains("\"x\":[\"TUEV\",\"TUAB\",\"TUSL\",\"BrainCapture\",\"CHB-MIT\"]", html);
        Assert.Contains("\"x\":[\"PTB-XL\",\"G12EC\",\"CPSC\"]", html);
        Assert.Contains("EEG tasks", html);
    }

    [Fact]
    public void Figure_3_highlights_only_points_reaching_the_threshold_and_titles_the_fewest_channels()
    {
        var points = Enumerable.Range(1, 5).Select(k =>
            new AblationPoint("tuab", k, 5, 0.5 + 0.1 * k, 0.45 + 0.1 * k, 0.55 + 0.1 * k, 5, (0.5 + 0.1 * k) / 1.0, k >= 4)).ToList();

        var html = Json(PaperFigures.AblationCurves(points));

        Assert.Contains("\"name\":\"≥ 95% of full montage\"", html.Replace("\\u2265", "≥"));
        Assert.Matches("\"x\":\\[4,5\\],\"y\":\\[0.9,1.0\\]", html);
        Assert.Contains("TUAB: 4 of 5 (80%)", html);
        Assert.Contains("\"fill\":\"toself\"", html);
    }

    [Fact]
    public void Figure_1_draws_one_panel_per_dataset_with_counts_as_labels()
    {
        var counts = new[]
        {
            new ClassCount("tuab", "normal", 10), new ClassCount("tuab", "abnormal", 7),
            new ClassCount("ptbxl", "RBBB", 3), new ClassCount("ptbxl", "AF", 4),
        };

        var html = Json(PaperFigures.ClassCounts(counts));

        Assert.Equal(2, Traces(html).Count(t => t.GetProperty("type").GetString() == "bar"));
        Assert.Contains("\"x\":[\"normal\",\"abnormal\"]", html);
        Assert.Contains("\"text\":[\"10\",\"7\"]", html);
    }

    [Fact]
    public void Empty_input_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => PaperFigures.ClassCounts([]));
        Assert.Throws<ArgumentException>(() => PaperFigures.ScoresByRegime([]));
        Assert.Throws<ArgumentException>(() => PaperFigures.AblationCurves([]));
    }

    [Fact]
    public void Chart_size_reads_the_layout_size_so_exports_match_the_view()
    {
        var chart = PaperFigures.ScoresByRegime([new ScoreSummary("tuab", "PT", "balanced_accuracy", 0.8, 0.01, 3)]);

        Assert.Equal((1100, 460), ChartSize.Of(chart));
        Assert.Equal((320, 240), ChartSize.Of(Plotly.NET.CSharp.GenericChartExtensions.WithSize(Plotly.NET.CSharp.Chart.Point<double, double, string>(x: [1.0], y: [2.0]), 320, 240)));
    }
}
