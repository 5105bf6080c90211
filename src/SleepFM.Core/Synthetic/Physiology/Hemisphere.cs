namespace SleepFM.Synthetic.Physiology;

/// <summary>A side of the head (x &lt; 0 is left in the 10-05 table).</summary>
public enum Hemisphere
{
    /// <summary>Left (odd-numbered electrodes).</summary>
    Left,
    /// <summary>Right (even-numbered electrodes).</summary>
    Right,
}
