namespace SleepFM.Synthetic.Physiology;

/// <summary>A burst added to an EMG channel's envelope at a known time (arousal, movement, leg movement).</summary>
/// <param name="OnsetSeconds">Start, seconds from the recording start.</param>
/// <param name="DurationSeconds">Length, seconds (&gt; 0).</param>
/// <param name="AmplitudeUv">Added envelope, µV RMS, before the subject's EMG scale.</param>
public sealed record MuscleBurst(double OnsetSeconds, double DurationSeconds, double AmplitudeUv);
