namespace SleepFM.Evaluation.Reporting;

/// <summary>One row of <c>results.csv</c>: <c>task, regime, seed, metric, value</c> (test split).</summary>
/// <param name="TaskId">Task id.</param>
/// <param name="Regime">Regime id ("scratch", "pt", "pt-pe", "frozen").</param>
/// <param name="Seed">Seed of the run.</param>
/// <param name="Metric">Metric name as in <c>MetricNames</c>.</param>
/// <param name="Value">Metric value on the test split (NaN when undefined).</param>
public sealed record ResultRow(string TaskId, string Regime, long Seed, string Metric, double Value);
