namespace SleepFM.Synthetic.Physiology;

/// <summary>The twelve standard ECG leads, in the conventional order.</summary>
public enum EcgLead
{
    /// <summary>Lead I (LA − RA).</summary>
    I,
    /// <summary>Lead II (LL − RA).</summary>
    II,
    /// <summary>Lead III (LL − LA).</summary>
    III,
    /// <summary>Augmented right arm.</summary>
    aVR,
    /// <summary>Augmented left arm.</summary>
    aVL,
    /// <summary>Augmented foot.</summary>
    aVF,
    /// <summary>Precordial V1 (4th intercostal space, right sternal border).</summary>
    V1,
    /// <summary>Precordial V2.</summary>
    V2,
    /// <summary>Precordial V3.</summary>
    V3,
    /// <summary>Precordial V4.</summary>
    V4,
    /// <summary>Precordial V5.</summary>
    V5,
    /// <summary>Precordial V6 (left mid-axillary line).</summary>
    V6,
}
