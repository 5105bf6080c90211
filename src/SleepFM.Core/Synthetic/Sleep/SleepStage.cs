namespace SleepFM.Synthetic.Sleep;

/// <summary>AASM sleep stages (N3 merges the old R&amp;K stages 3 and 4).</summary>
public enum SleepStage
{
    /// <summary>Wake.</summary>
    Wake,
    /// <summary>N1: light sleep, theta, slow eye movements.</summary>
    N1,
    /// <summary>N2: spindles and K-complexes.</summary>
    N2,
    /// <summary>N3: slow-wave sleep, high-amplitude delta.</summary>
    N3,
    /// <summary>REM: sawtooth theta, rapid eye movements, atonia.</summary>
    Rem,
}
