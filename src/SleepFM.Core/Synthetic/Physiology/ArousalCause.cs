namespace SleepFM.Synthetic.Physiology;

/// <summary>What set off an <see cref="Arousal"/>.</summary>
public enum ArousalCause
{
    /// <summary>No visible trigger (the spontaneous arousals every sleeper has, 10–25 per hour, more with age).</summary>
    Spontaneous,
    /// <summary>The end of an apnea or hypopnea: the arousal that reopens the airway.</summary>
    Respiratory,
    /// <summary>A periodic limb movement of sleep.</summary>
    LimbMovement,
    /// <summary>A body movement (turning over, shifting position); in wake it is no arousal but has the same signature.</summary>
    BodyMovement,
    /// <summary>
    /// An A phase of the cyclic alternating pattern of NREM sleep: A1 (slow-wave burst, mild autonomic response),
    /// A2 (slow waves then alpha/beta) or A3 (an arousal). Only A3 phases are scored as arousals.
    /// </summary>
    CyclicAlternatingPattern,
}
