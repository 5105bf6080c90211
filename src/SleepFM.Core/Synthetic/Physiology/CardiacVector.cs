namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// A heart-vector direction and size in mV, in the patient frame used by the lead vectors:
/// <see cref="X"/> to the patient's left, <see cref="Y"/> inferior (towards the feet), <see cref="Z"/> anterior.
/// </summary>
/// <param name="X">Leftward component, mV.</param>
/// <param name="Y">Inferior component, mV.</param>
/// <param name="Z">Anterior component, mV.</param>
public readonly record struct CardiacVector(double X, double Y, double Z)
{
    /// <summary>Dot product with a lead vector.</summary>
    /// <param name="other">The other vector.</param>
    public double Dot(CardiacVector other) => X * other.X + Y * other.Y + Z * other.Z;

    /// <summary>Scales every component.</summary>
    /// <param name="v">Vector.</param>
    /// <param name="k">Factor.</param>
    public static CardiacVector operator *(CardiacVector v, double k) => new(v.X * k, v.Y * k, v.Z * k);
}
