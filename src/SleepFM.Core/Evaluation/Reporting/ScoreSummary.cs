namespace SleepFM.Evaluation.Reporting;

/// <summary>One bar of Figure 2: a task's score under one regime, as mean ± standard deviation over seeds.</summary>
/// <param name="TaskId">Task id, e.g. "tuab".</param>
/// <param name="Series">"Scratch", "PT", "PT+PE", "Frozen" or "SOTA".</param>
/// <param name="Metric">The metric, e.g. "balanced_accuracy".</param>
/// <param name="Mean">Mean over seeds.</param>
/// <param name="StandardDeviation">Sample standard deviation over seeds (ddof = 1), or null when not reported.</param>
/// <param name="Seeds">Number of seeds (0 for quoted numbers).</param>
public sealed record ScoreSummary(string TaskId, string Series, string Metric, double Mean, double? StandardDeviation, int Seeds);
