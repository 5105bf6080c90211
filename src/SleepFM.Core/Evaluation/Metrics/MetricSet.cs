using System.Collections.ObjectModel;

namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// The metrics of one evaluation (one task, one seed, one split) as an ordered name → value map, so that results.csv
/// can be written generically. Built by <see cref="TaskMetrics"/>; keys are <see cref="MetricNames"/>. A metric that is
/// undefined on the data (e.g. AUROC on a single-class test set) is NaN and explained in <see cref="Warnings"/>.
/// </summary>
public sealed record MetricSet
{
    /// <summary>Creates a set; the order of <paramref name="values"/> is kept.</summary>
    /// <param name="task">Task kind.</param>
    /// <param name="values">Name → value pairs; names must be distinct.</param>
    /// <param name="warnings">Ill-defined metrics and what was substituted.</param>
    public MetricSet(MetricTask task, IEnumerable<KeyValuePair<string, double>> values, IEnumerable<MetricWarning> warnings)
    {
        var ordered = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
            if (!ordered.TryAdd(name, value)) throw new ArgumentException($"Metric '{name}' appears twice.", nameof(values));
        Task = task;
        Values = new ReadOnlyDictionary<string, double>(ordered);
        Warnings = warnings.ToArray();
    }

    /// <summary>Task kind the metrics belong to.</summary>
    public MetricTask Task { get; }

    /// <summary>Metric name → value, in a fixed order per task kind.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>Metrics that were ill-defined on this data, and the value used instead (0 or NaN).</summary>
    public IReadOnlyList<MetricWarning> Warnings { get; }

    /// <summary>The value of metric <paramref name="name"/>.</summary>
    /// <param name="name">A key of <see cref="Values"/>, e.g. <see cref="MetricNames.BalancedAccuracy"/>.</param>
    /// <exception cref="KeyNotFoundException">The set has no such metric; the message lists those it has.</exception>
    public double this[string name] =>
        Values.TryGetValue(name, out var v) ? v
            : throw new KeyNotFoundException($"No metric '{name}' in this {Task} set; it has: {string.Join(", ", Values.Keys)}.");
}
