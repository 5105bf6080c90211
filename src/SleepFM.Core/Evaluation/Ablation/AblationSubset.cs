namespace SleepFM.Evaluation.Ablation;

/// <summary>One evaluated channel subset: a row of <c>ablation.csv</c>.</summary>
/// <param name="TaskId">Task id.</param>
/// <param name="ChannelCount">k, the channels kept.</param>
/// <param name="SubsetIndex">0-based index among the subsets of size k.</param>
/// <param name="Channels">Names of the kept channels.</param>
/// <param name="Metric">The metric scored.</param>
/// <param name="Value">Its value on the test split with only these channels.</param>
public sealed record AblationSubset(string TaskId, int ChannelCount, int SubsetIndex, IReadOnlyList<string> Channels, string Metric, double Value);
