namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// One leg movement of a periodic-limb-movement series: a 0.5–5 s burst of anterior tibialis EMG
/// (AASM: 0.5–10 s, repeating every 5–90 s, typically 20–40 s), on one leg or both.
/// </summary>
/// <param name="OnsetSeconds">Start, seconds from the recording start.</param>
/// <param name="DurationSeconds">Length, seconds.</param>
/// <param name="AmplitudeUv">Added EMG envelope, µV RMS (before the subject's EMG scale).</param>
/// <param name="Left">The left leg moves.</param>
/// <param name="Right">The right leg moves.</param>
public sealed record LimbMovement(double OnsetSeconds, double DurationSeconds, double AmplitudeUv, bool Left, bool Right);
