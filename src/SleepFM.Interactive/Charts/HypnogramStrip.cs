using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Analysis;
using SleepFM.Synthetic.Sleep;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// The hypnogram as a step line on a categorical axis (N3 at the bottom, W at the top, the clinical
/// convention), one trace per scored run of epochs so unscored gaps stay empty rather than bridged.
/// </summary>
static class HypnogramStrip
{
    /// <summary>Bottom-to-top category order of the strip (an "events" row on top when events are drawn).</summary>
    public static string[] Categories(bool withEvents) => withEvents ? ["N3", "N2", "N1", "REM", "W", "events"] : ["N3", "N2", "N1", "REM", "W"];

    /// <summary>Step traces of the stages between <paramref name="fromSeconds"/> and <paramref name="toSeconds"/>.</summary>
    public static List<GenericChart> Traces(StageTimeline stages, double fromSeconds, double toSeconds, bool showLegend = true)
    {
        var traces = new List<GenericChart>();
        var x = new List<double>();
        var y = new List<string>();
        void Flush()
        {
            if (x.Count == 0) return;
            traces.Add(CSharpChart.Line<double, string, string>(x: x.ToList(), y: y.ToList(), Name: "hypnogram", ShowLegend: showLegend && traces.Count == 0,
                LineColor: Color.fromString("#333333")));
            x.Clear();
            y.Clear();
        }
        int first = Math.Max(0, (int)Math.Floor(fromSeconds / stages.EpochSeconds));
        int last = Math.Min(stages.Stages.Count - 1, (int)Math.Ceiling(toSeconds / stages.EpochSeconds) - 1);
        for (int e = first; e <= last; e++)
        {
            if (stages.Stages[e] is not { } stage) { Flush(); continue; }
            double start = Math.Max(fromSeconds, e * stages.EpochSeconds), end = Math.Min(toSeconds, (e + 1) * stages.EpochSeconds);
            var name = SleepStageText.ShortName(stage);
            x.Add(start); y.Add(name);
            x.Add(end); y.Add(name);
        }
        Flush();
        return traces;
    }

    /// <summary>Styles the strip's y axis as the ordered stage categories.</summary>
    public static GenericChart StyleAxis(GenericChart strip, bool withEvents) =>
        strip.WithYAxisStyle<double, double, string>(TitleText: "stage", CategoryOrder: StyleParam.CategoryOrder.Array,
            CategoryArray: Opt.Of<IEnumerable<string>>(Categories(withEvents)));

    public static string Seconds(double s) => s.ToString("0.##", CultureInfo.InvariantCulture);
}
