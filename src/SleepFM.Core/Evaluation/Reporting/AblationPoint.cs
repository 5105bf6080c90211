namespace SleepFM.Evaluation.Reporting;

/// <summary>One point of a Figure 3 ablation curve: the score with k of C channels kept at test time.</summary>
/// <param name="TaskId">Task id, e.g. "tuab".</param>
/// <param name="ChannelCount">k, the channels kept (1 … <paramref name="TotalChannels"/>).</param>
/// <param name="TotalChannels">C, the full montage.</param>
/// <param name="Mean">Mean score over the random subsets of size k.</param>
/// <param name="CiLower">Lower end of the 95% confidence interval of the mean.</param>
/// <param name="CiUpper">Upper end of the 95% confidence interval of the mean.</param>
/// <param name="Subsets">Subsets evaluated at this k.</param>
/// <param name="FractionOfFull">Mean divided by the full-montage score.</param>
/// <param name="ReachesThreshold">True when <paramref name="FractionOfFull"/> ≥ the threshold (0.95 in the paper).</param>
public sealed record AblationPoint(
    string TaskId, int ChannelCount, int TotalChannels, double Mean, double CiLower, double CiUpper,
    int Subsets, double FractionOfFull, bool ReachesThreshold);
