using SleepFM.Channels;

namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Electrode positions (the 10-05 table plus the eye electrodes it lacks) and the Gaussian
/// topographies of the generators: weight = exp(−d²/2σ²) with d the chord distance, in head radii,
/// from the generator's centre.
/// </summary>
internal static class HeadModel
{
    // AASM placement: E1 1 cm below the left outer canthus, E2 1 cm above the right one, so conjugate
    // horizontal movements are out of phase in E1/E2 and vertical ones too.
    static readonly ElectrodePosition LeftEyeElectrode = Normalise(-0.60, 0.75, -0.28);
    static readonly ElectrodePosition RightEyeElectrode = Normalise(0.60, 0.76, -0.12);
    public static readonly ElectrodePosition EyesMidpoint = Normalise(0, 0.98, -0.21);
    public static readonly ElectrodePosition LeftEye = Normalise(-0.30, 0.90, -0.30);
    public static readonly ElectrodePosition RightEye = Normalise(0.30, 0.90, -0.30);

    public static bool IsEyeElectrode(string name) => name.ToUpperInvariant() is "E1" or "E2" or "LOC" or "ROC" or "EOG1" or "EOG2";

    public static bool IsLeftEyeElectrode(string name) => name.ToUpperInvariant() is "E1" or "LOC" or "EOG1";

    public static ElectrodePosition PositionOf(string electrode)
    {
        if (IsEyeElectrode(electrode)) return IsLeftEyeElectrode(electrode) ? LeftEyeElectrode : RightEyeElectrode;
        if (ElectrodePositions.Default.TryGetElectrode(electrode, out var p)) return p;
        throw new ArgumentException($"Electrode '{electrode}' has no position: use a 10-05 site, T3–T6, A1/A2/M1/M2 or E1/E2/LOC/ROC.", nameof(electrode));
    }

    public static double Blob(ElectrodePosition at, ElectrodePosition centre, double sigma)
    {
        double d = at.DistanceTo(centre);
        return Math.Exp(-d * d / (2 * sigma * sigma));
    }

    public static double Blob(ElectrodePosition at, string centre, double sigma) => Blob(at, PositionOf(centre), sigma);

    /// <summary>Share of a lateralised generator pair that comes from the right one (0 far left … 1 far right).</summary>
    public static double RightShare(ElectrodePosition at) => 0.5 * (1 + Math.Tanh(at.X / 0.25));

    static ElectrodePosition Normalise(double x, double y, double z)
    {
        double r = Math.Sqrt(x * x + y * y + z * z);
        return new ElectrodePosition(x / r, y / r, z / r);
    }
}
