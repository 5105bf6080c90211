namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Keys of <see cref="MetricSet.Values"/>, shared across task kinds so results.csv and plots can be generic: for
/// multiclass tasks <see cref="Auroc"/> and <see cref="Auprc"/> are the one-vs-rest macro averages, for multilabel
/// tasks <see cref="Auroc"/> is the macro average over labels.
/// </summary>
public static class MetricNames
{
    /// <summary>accuracy_score.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>balanced_accuracy_score (mean per-class recall).</summary>
    public const string BalancedAccuracy = "balanced_accuracy";

    /// <summary>Recall of class 1 (binary).</summary>
    public const string Sensitivity = "sensitivity";

    /// <summary>Recall of class 0 (binary).</summary>
    public const string Specificity = "specificity";

    /// <summary>Binary F1 of class 1.</summary>
    public const string F1 = "f1";

    /// <summary>Macro F1 (multiclass: over classes present; multilabel: over all labels at their thresholds).</summary>
    public const string MacroF1 = "macro_f1";

    /// <summary>Support-weighted F1 (multiclass).</summary>
    public const string WeightedF1 = "weighted_f1";

    /// <summary>Unweighted Cohen's κ.</summary>
    public const string CohenKappa = "cohen_kappa";

    /// <summary>ROC AUC (binary; OvR macro for multiclass; label macro for multilabel).</summary>
    public const string Auroc = "auroc";

    /// <summary>Average precision (binary; OvR macro for multiclass).</summary>
    public const string Auprc = "auprc";

    /// <summary>Per-label F1 key for multilabel tasks, e.g. "f1[RBBB]".</summary>
    /// <param name="label">Label name.</param>
    public static string LabelF1(string label) => $"f1[{label}]";

    /// <summary>Per-label decision threshold key for multilabel tasks, e.g. "threshold[RBBB]".</summary>
    /// <param name="label">Label name.</param>
    public static string LabelThreshold(string label) => $"threshold[{label}]";
}
