namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// A metric that was computed but is ill-defined on this input, where scikit-learn would emit a
/// <c>UndefinedMetricWarning</c> (or a numpy <c>RuntimeWarning</c>) and substitute a value (0 for a 0/0 precision,
/// recall or F1; NaN for κ). The warning travels with the result instead of being logged away.
/// </summary>
/// <param name="Metric">The metric concerned, e.g. "f1" or "recall[label 3]".</param>
/// <param name="Message">What was ill-defined and which value was substituted.</param>
public sealed record MetricWarning(string Metric, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Metric}: {Message}";
}
