namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Thrown where scikit-learn 1.2 raises <c>ValueError</c> because a metric has no value on this input, e.g. ROC AUC
/// when <c>y_true</c> holds a single class, or a one-vs-rest average where a class is absent from <c>y_true</c>.
/// <see cref="Bootstrap"/> counts resamples that throw it as skipped; <see cref="TaskMetrics"/> records NaN plus a
/// <see cref="MetricWarning"/> instead of propagating it.
/// </summary>
public sealed class UndefinedMetricException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="metric">Metric name, e.g. "roc_auc".</param>
    /// <param name="reason">Why it is undefined on this input.</param>
    public UndefinedMetricException(string metric, string reason)
        : base($"{metric} is undefined: {reason}")
    {
        Metric = metric;
        Reason = reason;
    }

    /// <summary>The metric that is undefined, e.g. "roc_auc".</summary>
    public string Metric { get; }

    /// <summary>Why it is undefined, e.g. "only one class present in y_true".</summary>
    public string Reason { get; }
}
