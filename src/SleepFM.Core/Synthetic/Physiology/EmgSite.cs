namespace SleepFM.Synthetic.Physiology;

/// <summary>Where an EMG channel is recorded.</summary>
public enum EmgSite
{
    /// <summary>Submental (chin): tone follows the stage, atonia in REM, phasic REM twitches.</summary>
    Chin,
    /// <summary>Anterior tibialis (leg): low tone, bursts with movements and arousals.</summary>
    Leg,
}
