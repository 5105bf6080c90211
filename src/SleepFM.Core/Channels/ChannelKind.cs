namespace SleepFM.Channels;

/// <summary>How a channel label relates to electrodes on the head.</summary>
public enum ChannelKind
{
    /// <summary>
    /// One electrode against a common reference: <c>Cz</c>, <c>EEG Fp1-Ref</c>, <c>EEG FP1-LE</c>,
    /// <c>F3:M1+M2</c> (linked mastoids). Its position is the active electrode's.
    /// </summary>
    Referential,
    /// <summary>The difference of two named electrodes: <c>C4-M1</c>, <c>EEG Fpz-Cz</c>, <c>E1-M2</c>.</summary>
    Bipolar,
    /// <summary>Three or more electrodes (<c>F4-M1:F3-M2</c>, <c>O1:E1:M1</c>): brain activity, but no single position.</summary>
    Compound,
    /// <summary>An EEG/EOG channel whose label names no electrode (<c>EEG</c>, <c>EEG 2</c>, <c>EEG(sec)</c>).</summary>
    UnspecifiedEeg,
    /// <summary>Not an EEG/EOG derivation: ECG, respiration, EMG, or anything unrecognised.</summary>
    NonEeg,
}
