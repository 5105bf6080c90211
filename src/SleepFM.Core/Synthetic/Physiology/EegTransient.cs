namespace SleepFM.Synthetic.Physiology;

/// <summary>One transient event placed by <see cref="EegSynthesizer"/> (reported so tests and task labels can use the ground truth).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="OnsetSeconds">Start, seconds from the recording start.</param>
/// <param name="DurationSeconds">Length in seconds.</param>
/// <param name="AmplitudeUv">Peak amplitude at the generator's centre (or at the electrode for pops), µV; the sign is the polarity.</param>
/// <param name="FrequencyHz">Oscillation frequency for spindles, sawtooth bursts and slow eye movements, else 0.</param>
/// <param name="Electrode">The electrode of an electrode pop, else null.</param>
public sealed record EegTransient(EegTransientKind Kind, double OnsetSeconds, double DurationSeconds, double AmplitudeUv, double FrequencyHz, string? Electrode = null);
