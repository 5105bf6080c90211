using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Evaluation.Reporting;
using SleepFM.Tasks;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>The paper's three figures (SPEC.md §7), drawn from saved results so they need no retraining.</summary>
public static class PaperFigures
{
    /// <summary>Colours per series, fixed so every figure and notebook agrees.</summary>
    public static IReadOnlyDictionary<string, string> SeriesColours { get; } = new Dictionary<string, string>
    {
        ["Scratch"] = "#9e9e9e", ["PT"] = "#1f77b4", ["PT+PE"] = "#2ca02c", ["Frozen"] = "#ff7f0e", ["SOTA"] = "#d62728",
    };

    /// <summary>Figure 1: samples per class, one panel per dataset.</summary>
    public static GenericChart ClassCounts(IEnumerable<ClassCount> counts)
    {
        var byTask = counts.GroupBy(c => c.TaskId).OrderBy(g => TaskOrder(g.Key)).ToList();
        if (byTask.Count == 0) throw new ArgumentException("No class counts to draw.", nameof(counts));
        var panels = byTask.Select(g => CSharpChart.Column<int, string, string>(
                values: g.Select(c => c.Count), Keys: Opt.Of<IEnumerable<string>>(g.Select(c => c.ClassName).ToList()), Name: TaskName(g.Key),
                ShowLegend: false, MarkerColor: Color.fromString("#1f77b4"),
                MultiText: Opt.Of<IEnumerable<string>>(g.Select(c => c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())))
            .ToList();
        int columns = Math.Min(4, panels.Count);
        int rows = (panels.Count + columns - 1) / columns;
        return CSharpChart.Grid(panels, rows, columns, SubPlotTitles: Opt.Of<IEnumerable<string>>(byTask.Select(g => TaskName(g.Key)).ToList()), YGap: 0.35)
            .WithTitle("Figure 1 · samples per class")
            .WithSize(300 * columns, 280 * rows + 80);
    }

    /// <summary>
    /// Figure 2: grouped bars of Scratch, PT, PT+PE (and Frozen when present) with ± std error bars,
    /// beside the quoted SOTA; EEG and ECG tasks in separate panels.
    /// </summary>
    /// <param name="scores">Summaries per task and series (SOTA rows included or added from <see cref="PaperResults"/>).</param>
    public static GenericChart ScoresByRegime(IEnumerable<ScoreSummary> scores)
    {
        var list = scores.ToList();
        var panels = new List<GenericChart>();
        var titles = new List<string>();
        foreach (var family in new[] { SignalFamily.Eeg, SignalFamily.Ecg })
        {
            var tasks = TaskCatalog.All.Where(t => t.Family == family && list.Any(s => s.TaskId == t.Id)).ToList();
            if (tasks.Count == 0) continue;
            var traces = new List<GenericChart>();
            foreach (var series in SeriesColours.Keys)
            {
                var rows = tasks.Select(t => list.FirstOrDefault(s => s.TaskId == t.Id && s.Series == series)).ToList();
                if (rows.All(r => r is null)) continue;
                var bars = CSharpChart.Column<double, string, string>(
                    values: rows.Select(r => r?.Mean ?? double.NaN), Keys: Opt.Of<IEnumerable<string>>(tasks.Select(t => t.Name).ToList()), Name: series,
                    MarkerColor: Color.fromString(SeriesColours[series]), ShowLegend: panels.Count == 0);
                // No bar for single numbers (the quoted SOTA, one seed): NaN draws nothing, 0 would draw a misleading cap.
                traces.Add(bars.WithYError(rows.Select(r => r?.StandardDeviation ?? double.NaN)));
            }
            panels.Add(CSharpChart.Combine(traces).WithYAxisStyle<double, double, string>(
                TitleText: family == SignalFamily.Eeg ? "headline metric" : "macro F1", MinMax: Tuple.Create(0.0, 1.0)));
            titles.Add(family == SignalFamily.Eeg ? "EEG tasks" : "ECG tasks");
        }
        if (panels.Count == 0) throw new ArgumentException("No scores to draw.", nameof(scores));
        return CSharpChart.Grid(panels, 1, panels.Count, SubPlotTitles: Opt.Of<IEnumerable<string>>(titles))
            .WithTitle("Figure 2 · scratch vs sleep-pretrained vs SOTA (mean ± std over seeds)")
            .WithSize(1100, 460);
    }

    /// <summary>
    /// Figure 3: one ablation curve per dataset (score against channels kept, 95% CI band), with the
    /// points that keep ≥ 95% of full-montage performance highlighted.
    /// </summary>
    public static GenericChart AblationCurves(IEnumerable<AblationPoint> points)
    {
        var byTask = points.GroupBy(p => p.TaskId).OrderBy(g => TaskOrder(g.Key)).ToList();
        if (byTask.Count == 0) throw new ArgumentException("No ablation points to draw.", nameof(points));
        var panels = new List<GenericChart>();
        bool first = true;
        foreach (var task in byTask)
        {
            // An undefined score (e.g. AUROC with a class missing from a small test split) has no point to draw.
            var curve = task.Where(p => double.IsFinite(p.Mean)).OrderBy(p => p.ChannelCount).ToList();
            var k = curve.Select(p => p.ChannelCount).ToList();
            var band = CSharpChart.Line<int, double, string>(
                x: k.Concat(Enumerable.Reverse(k)), y: curve.Select(p => p.CiUpper).Concat(Enumerable.Reverse(curve).Select(p => p.CiLower)),
                Name: "95% CI", ShowLegend: first, Fill: StyleParam.Fill.ToSelf,
                FillColor: Color.fromString("rgba(31,119,180,0.2)"), LineColor: Color.fromString("rgba(31,119,180,0)"));
            var mean = CSharpChart.Line<int, double, string>(x: k, y: curve.Select(p => p.Mean), ShowMarkers: true,
                Name: "mean over subsets", ShowLegend: first, LineColor: Color.fromString("#1f77b4"), MarkerColor: Color.fromString("#1f77b4"));
            var reached = curve.Where(p => p.ReachesThreshold).ToList();
            var highlight = CSharpChart.Point<int, double, string>(x: reached.Select(p => p.ChannelCount), y: reached.Select(p => p.Mean),
                Name: "≥ 95% of full montage", ShowLegend: first, MarkerColor: Color.fromString("#d62728"),
                MarkerSymbol: StyleParam.MarkerSymbol.Star);
            panels.Add(CSharpChart.Combine([band, mean, highlight])
                .WithXAxisStyle<double, double, string>(TitleText: "channels kept")
                .WithYAxisStyle<double, double, string>(TitleText: MetricOf(task.Key)));
            first = false;
        }
        int columns = Math.Min(4, panels.Count);
        int rows = (panels.Count + columns - 1) / columns;
        var titles = byTask.Select(g =>
        {
            var fewest = g.Where(p => p.ReachesThreshold).OrderBy(p => p.ChannelCount).FirstOrDefault();
            var total = g.First().TotalChannels;
            return fewest is null ? TaskName(g.Key) : $"{TaskName(g.Key)}: {fewest.ChannelCount} of {total} ({100.0 * fewest.ChannelCount / total:0}%)";
        });
        return CSharpChart.Grid(panels, rows, columns, SubPlotTitles: Opt.Of<IEnumerable<string>>(titles.ToList()), XGap: 0.3, YGap: 0.35)
            .WithTitle("Figure 3 · channel ablation: score vs channels kept at test time")
            .WithSize(300 * columns, 300 * rows + 80);
    }

    static int TaskOrder(string id)
    {
        for (int i = 0; i < TaskCatalog.All.Count; i++) if (TaskCatalog.All[i].Id == id) return i;
        return int.MaxValue;
    }

    static string MetricOf(string id) => TaskCatalog.All.FirstOrDefault(t => t.Id == id)?.HeadlineMetric.Replace('_', ' ') ?? "score";

    static string TaskName(string id) => TaskCatalog.All.FirstOrDefault(t => t.Id == id)?.Name ?? id;
}
