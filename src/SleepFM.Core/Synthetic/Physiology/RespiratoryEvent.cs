namespace SleepFM.Synthetic.Physiology;

/// <summary>One scheduled respiratory event.</summary>
/// <param name="Kind">Obstructive, central or hypopnea.</param>
/// <param name="OnsetSeconds">Start, seconds from the recording start.</param>
/// <param name="DurationSeconds">Length, ≥ 10 s.</param>
public sealed record RespiratoryEvent(RespiratoryEventKind Kind, double OnsetSeconds, double DurationSeconds)
{
    /// <summary>End time, seconds.</summary>
    public double EndSeconds => OnsetSeconds + DurationSeconds;

    /// <summary>The annotation text used in EDF+ and CSVs (NSRR-style names).</summary>
    public string Label => Kind switch
    {
        RespiratoryEventKind.ObstructiveApnea => "Obstructive Apnea",
        RespiratoryEventKind.CentralApnea => "Central Apnea",
        _ => "Hypopnea",
    };
}
