namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Lead vectors of an idealised (Einthoven/Wilson) torso: limb leads in the frontal plane at their
/// hexaxial angles, precordial leads fanning from right-anterior (V1, 120°) to left-lateral (V6, 10°)
/// in the transverse plane, with a larger gain because the chest electrodes sit closer to the heart.
/// </summary>
public static class EcgLeadVectors
{
    /// <summary>The lead vector of <paramref name="lead"/> (dimensionless gain per mV of heart vector).</summary>
    /// <param name="lead">A standard lead.</param>
    public static CardiacVector Of(EcgLead lead)
    {
        var i = new CardiacVector(1, 0, 0);
        var ii = new CardiacVector(0.5, 0.866, 0);
        var iii = new CardiacVector(-0.5, 0.866, 0);
        return lead switch
        {
            EcgLead.I => i,
            EcgLead.II => ii,
            EcgLead.III => iii,
            EcgLead.aVR => new CardiacVector(-0.75, -0.433, 0),
            EcgLead.aVL => new CardiacVector(0.75, -0.433, 0),
            EcgLead.aVF => new CardiacVector(0, 0.866, 0),
            EcgLead.V1 => Precordial(120, 1.3),
            EcgLead.V2 => Precordial(95, 1.6),
            EcgLead.V3 => Precordial(75, 1.6),
            EcgLead.V4 => Precordial(60, 1.6),
            EcgLead.V5 => Precordial(35, 1.5),
            EcgLead.V6 => Precordial(10, 1.4),
            _ => throw new ArgumentOutOfRangeException(nameof(lead), lead, "Unknown lead."),
        };
    }

    static CardiacVector Precordial(double degrees, double gain)
    {
        double a = degrees * Math.PI / 180;
        return new CardiacVector(Math.Cos(a) * gain, 0.15 * gain, Math.Sin(a) * gain);
    }
}
