namespace SleepFM.Synthetic.Physiology;

/// <summary>One Gaussian component of the heart vector's trajectory during a beat.</summary>
/// <param name="OffsetMs">Peak time relative to the R peak (QRS waves), the P-wave anchor (P) or the T-wave anchor (T), ms.</param>
/// <param name="WidthMs">Gaussian SD, ms (&gt; 0).</param>
/// <param name="Vector">Direction and size at the peak, mV.</param>
public sealed record EcgWave(double OffsetMs, double WidthMs, CardiacVector Vector);
