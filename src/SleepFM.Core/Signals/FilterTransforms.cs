using System.Numerics;

namespace SleepFM.Signals;

/// <summary>
/// Analog frequency transforms and the bilinear transform in zero-pole-gain form, as SciPy's
/// <c>lp2lp_zpk</c>, <c>lp2hp_zpk</c>, <c>lp2bp_zpk</c>, <c>lp2bs_zpk</c> and <c>bilinear_zpk</c>.
/// Frequencies are angular (rad/s) in the s-plane.
/// </summary>
public static class FilterTransforms
{
    /// <summary>Low-pass prototype (cutoff 1 rad/s) to a low-pass at <paramref name="cutoffRadPerSecond"/> (&gt; 0).</summary>
    public static ZeroPoleGain LowPassToLowPass(ZeroPoleGain prototype, double cutoffRadPerSecond)
    {
        ArgumentNullException.ThrowIfNull(prototype);
        RequirePositive(cutoffRadPerSecond, nameof(cutoffRadPerSecond));
        int degree = RelativeDegree(prototype);
        var z = prototype.ZerosArray.Select(r => cutoffRadPerSecond * r);
        var p = prototype.PolesArray.Select(r => cutoffRadPerSecond * r);
        return new ZeroPoleGain(z, p, prototype.Gain * Math.Pow(cutoffRadPerSecond, degree));
    }

    /// <summary>Low-pass prototype to a high-pass at <paramref name="cutoffRadPerSecond"/> (&gt; 0).</summary>
    public static ZeroPoleGain LowPassToHighPass(ZeroPoleGain prototype, double cutoffRadPerSecond)
    {
        ArgumentNullException.ThrowIfNull(prototype);
        RequirePositive(cutoffRadPerSecond, nameof(cutoffRadPerSecond));
        int degree = RelativeDegree(prototype);
        var z = prototype.ZerosArray.Select(r => cutoffRadPerSecond / r).Concat(Enumerable.Repeat(Complex.Zero, degree));
        var p = prototype.PolesArray.Select(r => cutoffRadPerSecond / r);
        double gain = prototype.Gain * (ProductOfNegated(prototype.ZerosArray) / ProductOfNegated(prototype.PolesArray)).Real;
        return new ZeroPoleGain(z, p, gain);
    }

    /// <summary>
    /// Low-pass prototype to a band-pass centred at <paramref name="centreRadPerSecond"/> (geometric mean of the edges)
    /// with width <paramref name="bandwidthRadPerSecond"/>.
    /// </summary>
    public static ZeroPoleGain LowPassToBandPass(ZeroPoleGain prototype, double centreRadPerSecond, double bandwidthRadPerSecond)
    {
        ArgumentNullException.ThrowIfNull(prototype);
        RequirePositive(centreRadPerSecond, nameof(centreRadPerSecond));
        RequirePositive(bandwidthRadPerSecond, nameof(bandwidthRadPerSecond));
        int degree = RelativeDegree(prototype);
        double halfBandwidth = bandwidthRadPerSecond / 2;
        var z = SplitAroundCentre(prototype.ZerosArray.Select(r => r * halfBandwidth).ToArray(), centreRadPerSecond)
            .Concat(Enumerable.Repeat(Complex.Zero, degree));
        var p = SplitAroundCentre(prototype.PolesArray.Select(r => r * halfBandwidth).ToArray(), centreRadPerSecond);
        return new ZeroPoleGain(z, p, prototype.Gain * Math.Pow(bandwidthRadPerSecond, degree));
    }

    /// <summary>Low-pass prototype to a band-stop centred at <paramref name="centreRadPerSecond"/> with width <paramref name="bandwidthRadPerSecond"/>.</summary>
    public static ZeroPoleGain LowPassToBandStop(ZeroPoleGain prototype, double centreRadPerSecond, double bandwidthRadPerSecond)
    {
        ArgumentNullException.ThrowIfNull(prototype);
        RequirePositive(centreRadPerSecond, nameof(centreRadPerSecond));
        RequirePositive(bandwidthRadPerSecond, nameof(bandwidthRadPerSecond));
        int degree = RelativeDegree(prototype);
        double halfBandwidth = bandwidthRadPerSecond / 2;
        var z = SplitAroundCentre(prototype.ZerosArray.Select(r => halfBandwidth / r).ToArray(), centreRadPerSecond)
            .Concat(Enumerable.Repeat(new Complex(0, centreRadPerSecond), degree))
            .Concat(Enumerable.Repeat(new Complex(0, -centreRadPerSecond), degree));
        var p = SplitAroundCentre(prototype.PolesArray.Select(r => halfBandwidth / r).ToArray(), centreRadPerSecond);
        double gain = prototype.Gain * (ProductOfNegated(prototype.ZerosArray) / ProductOfNegated(prototype.PolesArray)).Real;
        return new ZeroPoleGain(z, p, gain);
    }

    /// <summary>
    /// Analog to digital by the bilinear transform s = 2·fs·(z − 1)/(z + 1); zeros at infinity map to z = −1.
    /// <paramref name="sampleRate"/> is in the same time unit as the analog frequencies (SciPy designs with fs = 2
    /// after prewarping, so <c>Butterworth</c> passes 2).
    /// </summary>
    public static ZeroPoleGain Bilinear(ZeroPoleGain analog, double sampleRate)
    {
        ArgumentNullException.ThrowIfNull(analog);
        RequirePositive(sampleRate, nameof(sampleRate));
        int degree = RelativeDegree(analog);
        double fs2 = 2.0 * sampleRate;
        var z = analog.ZerosArray.Select(r => (fs2 + r) / (fs2 - r)).Concat(Enumerable.Repeat(-Complex.One, degree));
        var p = analog.PolesArray.Select(r => (fs2 + r) / (fs2 - r));
        var numerator = Complex.One;
        foreach (var r in analog.ZerosArray) numerator *= fs2 - r;
        var denominator = Complex.One;
        foreach (var r in analog.PolesArray) denominator *= fs2 - r;
        return new ZeroPoleGain(z, p, analog.Gain * (numerator / denominator).Real);
    }

    static IEnumerable<Complex> SplitAroundCentre(Complex[] scaled, double centre)
    {
        double centreSquared = centre * centre;
        var plus = new Complex[scaled.Length];
        var minus = new Complex[scaled.Length];
        for (int i = 0; i < scaled.Length; i++)
        {
            var root = Complex.Sqrt(scaled[i] * scaled[i] - centreSquared);
            plus[i] = scaled[i] + root;
            minus[i] = scaled[i] - root;
        }
        return plus.Concat(minus);
    }

    static Complex ProductOfNegated(Complex[] roots)
    {
        var product = Complex.One;
        foreach (var r in roots) product *= -r;
        return product;
    }

    static int RelativeDegree(ZeroPoleGain system)
    {
        int degree = system.PolesArray.Length - system.ZerosArray.Length;
        if (degree < 0)
            throw new ArgumentException(
                $"Improper transfer function: {system.ZerosArray.Length} zeros but only {system.PolesArray.Length} poles.", nameof(system));
        return degree;
    }

    static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and > 0.");
    }
}
