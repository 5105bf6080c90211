namespace SleepFM.Datasets;

/// <summary>A stretch of a recording with one class, e.g. one 30-s scored sleep epoch.</summary>
/// <param name="StartSeconds">Onset, seconds from the first sample.</param>
/// <param name="DurationSeconds">Length, seconds, &gt; 0.</param>
/// <param name="Label">Class index (−1 for "unscored").</param>
public sealed record LabelledInterval(double StartSeconds, double DurationSeconds, int Label);
