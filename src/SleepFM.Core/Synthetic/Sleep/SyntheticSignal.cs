namespace SleepFM.Synthetic.Sleep;

/// <summary>One generated channel in memory.</summary>
/// <param name="Channel">Its montage entry (label, unit, range, rate).</param>
/// <param name="Samples">Physical values in <see cref="CohortChannel.Unit"/>, length = duration × rate.</param>
public sealed record SyntheticSignal(CohortChannel Channel, float[] Samples);
