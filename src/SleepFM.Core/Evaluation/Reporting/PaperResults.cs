namespace SleepFM.Evaluation.Reporting;

/// <summary>
/// The paper's headline numbers (SPEC.md §4 and §6, from the authors' figure data), so notebooks and
/// reports can put a run beside them. Scores are the task's headline metric.
/// </summary>
public static class PaperResults
{
    static ScoreSummary S(string task, string series, string metric, double mean, double? std = null) =>
        new(task, series, metric, mean, std, 0);

    /// <summary>Scratch, PT, PT+PE (EEG only) and the quoted state of the art for each task.</summary>
    public static IReadOnlyList<ScoreSummary> Headline { get; } =
    [
        S("tuev", "Scratch", "balanced_accuracy", .559, .017), S("tuev", "PT", "balanced_accuracy", .661, .025),
        S("tuev", "PT+PE", "balanced_accuracy", .639, .027), S("tuev", "SOTA", "balanced_accuracy", .676),
        S("tuab", "Scratch", "balanced_accuracy", .789, .044), S("tuab", "PT", "balanced_accuracy", .826, .002),
        S("tuab", "PT+PE", "balanced_accuracy", .830, .007), S("tuab", "SOTA", "balanced_accuracy", .832),
        S("tusl", "Scratch", "auroc", .671), S("tusl", "PT", "auroc", .718), S("tusl", "PT+PE", "auroc", .746), S("tusl", "SOTA", "auroc", .731),
        S("braincapture", "Scratch", "f1", .688), S("braincapture", "PT", "f1", .802),
        S("braincapture", "PT+PE", "f1", .867), S("braincapture", "SOTA", "f1", .727),
        S("chbmit", "Scratch", "balanced_accuracy", .668), S("chbmit", "PT", "balanced_accuracy", .718),
        S("chbmit", "PT+PE", "balanced_accuracy", .747), S("chbmit", "SOTA", "balanced_accuracy", .740),
        S("ptbxl", "Scratch", "macro_f1", .782), S("ptbxl", "PT", "macro_f1", .807), S("ptbxl", "SOTA", "macro_f1", .803),
        S("g12ec", "Scratch", "macro_f1", .691), S("g12ec", "PT", "macro_f1", .713), S("g12ec", "SOTA", "macro_f1", .763),
        S("cpsc", "Scratch", "macro_f1", .759), S("cpsc", "PT", "macro_f1", .770), S("cpsc", "SOTA", "macro_f1", .784),
    ];

    /// <summary>The quoted state of the art per task.</summary>
    public static IReadOnlyList<ScoreSummary> StateOfTheArt { get; } = Headline.Where(s => s.Series == "SOTA").ToList();

    /// <summary>Fewest EEG channels keeping ≥ 95% of full-montage performance (SPEC.md §6), of 19.</summary>
    public static IReadOnlyDictionary<string, int> FewestChannelsFor95Percent { get; } = new Dictionary<string, int>
    {
        ["tuab"] = 3, ["braincapture"] = 4, ["chbmit"] = 8, ["tuev"] = 9, ["tusl"] = 10,
    };
}
