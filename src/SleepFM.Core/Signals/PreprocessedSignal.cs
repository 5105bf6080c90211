namespace SleepFM.Signals;

/// <summary>The output of <see cref="PreprocessingChain.Apply(ReadOnlySpan{double}, double)"/>.</summary>
/// <param name="Samples">The processed channel, float64, at <paramref name="SampleRateHz"/>; normalised units, or the input unit when normalisation is None.</param>
/// <param name="SampleRateHz">Rate of <paramref name="Samples"/>, Hz (the chain's target rate).</param>
/// <param name="Steps">What was done, in order, with the values actually used (edges after clamping, resampling ratio, removed mean/std).</param>
public sealed record PreprocessedSignal(double[] Samples, double SampleRateHz, IReadOnlyList<string> Steps);
