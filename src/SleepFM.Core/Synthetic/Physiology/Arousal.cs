namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// One arousal: a few seconds in which the brain, muscles, heart and breathing all activate together.
/// It is the night's main event that is visible in every modality at the same seconds:
/// <list type="bullet">
/// <item>EEG: an abrupt shift to alpha and beta (AASM: ≥ 3 s, shorter than 15 s), often after a K-complex in NREM;</item>
/// <item>chin (and often leg) EMG: a burst of tone;</item>
/// <item>heart: a surge of 10–25 bpm peaking ~5 s after onset (the autonomic arousal response);</item>
/// <item>breathing: one or two deeper, faster breaths (a sigh).</item>
/// </list>
/// A body movement adds broadband muscle artefact on the scalp and a displacement of the effort belts.
/// </summary>
/// <param name="OnsetSeconds">Start, seconds from the recording start.</param>
/// <param name="DurationSeconds">Length, 1–30 s.</param>
/// <param name="Intensity">Scales every response, 0–2 (1 = typical).</param>
/// <param name="Cause">What set it off.</param>
/// <param name="MovementUv">Scalp muscle artefact of a body movement, µV, 0 for none.</param>
/// <param name="SlowWaveUv">Peak amplitude of a frontal slow-wave (0.8–2 Hz) burst at onset, µV, 0 for none (CAP A1/A2 phases).</param>
public sealed record Arousal(double OnsetSeconds, double DurationSeconds, double Intensity, ArousalCause Cause, double MovementUv = 0, double SlowWaveUv = 0)
{
    /// <summary>True for what a scorer marks as an arousal: everything but body movements and CAP A1/A2 phases.</summary>
    public bool IsScoredArousal => Cause != ArousalCause.BodyMovement && !(Cause == ArousalCause.CyclicAlternatingPattern && SlowWaveUv > 0);

    /// <summary>End time, seconds.</summary>
    public double EndSeconds => OnsetSeconds + DurationSeconds;
}
