namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Precision, recall and F1 for one averaging mode: scikit-learn's
/// <c>precision_recall_fscore_support(y_true, y_pred, average=..., zero_division='warn')[:3]</c>.
/// </summary>
/// <param name="Precision">In [0, 1]; a 0/0 label scores 0 and adds a warning.</param>
/// <param name="Recall">In [0, 1]; a 0/0 label scores 0 and adds a warning.</param>
/// <param name="F1">In [0, 1]: 2·P·R/(P+R) per label, 0 where P+R = 0, then averaged.</param>
/// <param name="Warnings">One entry per ill-defined (0/0) quantity; empty when everything was defined.</param>
public sealed record PrecisionRecallF1(double Precision, double Recall, double F1, IReadOnlyList<MetricWarning> Warnings);
