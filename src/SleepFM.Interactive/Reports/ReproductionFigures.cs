using Plotly.NET;
using SleepFM.Evaluation.Ablation;
using SleepFM.Evaluation.Reporting;
using SleepFM.Interactive.Charts;
using SleepFM.Reproduction;
using SleepFM.Tasks;

namespace SleepFM.Interactive.Reports;

/// <summary>The paper's Figures 1–3 drawn from a reproduction's saved files (no retraining).</summary>
public static class ReproductionFigures
{
    /// <summary>File stems of the figures, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["figure1-class-counts", "figure2-scores", "figure3-ablation"];

    /// <summary>Figure 1 from <c>class_counts.csv</c>, or null when it does not exist yet.</summary>
    public static GenericChart? ClassCounts(ReproductionLayout layout) =>
        File.Exists(layout.ClassCountsCsv) && ClassCountsCsv.Read(layout.ClassCountsCsv) is { Count: > 0 } counts ? PaperFigures.ClassCounts(counts) : null;

    /// <summary>Figure 2 from <c>results.csv</c> (the paper's tasks only) beside the quoted SOTA, or null when there are no results yet.</summary>
    public static GenericChart? Scores(ReproductionLayout layout)
    {
        var summaries = Summaries(layout);
        return summaries.Count == 0 ? null : PaperFigures.ScoresByRegime([.. summaries, .. PaperResults.StateOfTheArt.Where(s => summaries.Any(m => m.TaskId == s.TaskId))]);
    }

    /// <summary>Figure 3 from <c>ablation.csv</c>, or null when no ablation has run.</summary>
    public static GenericChart? Ablation(ReproductionLayout layout) =>
        File.Exists(layout.AblationCsv) && AblationCsv.ReadCurve(layout.AblationCsv) is { Count: > 0 } points ? PaperFigures.AblationCurves(points) : null;

    /// <summary>Mean ± std over seeds of each task's headline metric per regime, for the eight tasks.</summary>
    public static IReadOnlyList<ScoreSummary> Summaries(ReproductionLayout layout)
    {
        if (!File.Exists(layout.ResultsCsv)) return [];
        var tasks = TaskCatalog.All.ToDictionary(t => t.Id);
        var rows = ResultsCsv.Read(layout.ResultsCsv).Where(r => tasks.ContainsKey(r.TaskId));
        return ResultsCsv.Summarise(rows, id => tasks[id].HeadlineMetric);
    }

    /// <summary>The figures that exist, by file stem.</summary>
    public static IReadOnlyList<(string Name, GenericChart Chart)> All(ReproductionLayout layout) =>
        new[] { (Names[0], ClassCounts(layout)), (Names[1], Scores(layout)), (Names[2], Ablation(layout)) }
            .Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!)).ToList();
}
