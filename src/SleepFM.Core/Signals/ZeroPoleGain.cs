using System.Numerics;

namespace SleepFM.Signals;

/// <summary>
/// A filter as zeros, poles and gain (SciPy's <c>output='zpk'</c>). For digital filters the roots are in the
/// z-plane, for analog prototypes in the s-plane. Immutable; the lists are copied on construction.
/// </summary>
public sealed class ZeroPoleGain
{
    readonly Complex[] zeros;
    readonly Complex[] poles;

    /// <summary>Creates the system from its roots and gain.</summary>
    /// <param name="zeros">Zeros (roots of the numerator); may be empty.</param>
    /// <param name="poles">Poles (roots of the denominator); may be empty.</param>
    /// <param name="gain">System gain k; finite.</param>
    public ZeroPoleGain(IEnumerable<Complex> zeros, IEnumerable<Complex> poles, double gain)
    {
        ArgumentNullException.ThrowIfNull(zeros);
        ArgumentNullException.ThrowIfNull(poles);
        if (!double.IsFinite(gain)) throw new ArgumentOutOfRangeException(nameof(gain), gain, "Gain must be finite.");
        this.zeros = zeros.ToArray();
        this.poles = poles.ToArray();
        Gain = gain;
    }

    /// <summary>Zeros, in the order the design produced them (SciPy's order).</summary>
    public IReadOnlyList<Complex> Zeros => zeros;

    /// <summary>Poles, in the order the design produced them (SciPy's order).</summary>
    public IReadOnlyList<Complex> Poles => poles;

    /// <summary>Gain k.</summary>
    public double Gain { get; }

    /// <summary>Polynomial form, like SciPy's <c>zpk2tf</c>: b = k·poly(zeros), a = poly(poles), real parts kept.</summary>
    public TransferFunction ToTransferFunction()
    {
        var b = Polynomial.FromRoots(zeros);
        for (int i = 0; i < b.Length; i++) b[i] *= Gain;
        return new TransferFunction(b, Polynomial.FromRoots(poles));
    }

    /// <summary>Biquad cascade, like SciPy's <c>zpk2sos(z, p, k)</c> with the default digital pairing <c>'nearest'</c>.</summary>
    public SecondOrderSections ToSecondOrderSections() => SectionPairing.ToSections(zeros, poles, Gain);

    internal Complex[] ZerosArray => zeros;
    internal Complex[] PolesArray => poles;
}
