namespace SleepFM.Signals;

/// <summary>
/// A digital IIR filter as numerator and denominator polynomials in z⁻¹ (SciPy's <c>output='ba'</c>).
/// Immutable; the arrays are copied on construction.
/// </summary>
/// <remarks>
/// High orders and low cutoffs make this form numerically fragile (the roots of <see cref="A"/> crowd
/// near z = 1); prefer <see cref="SecondOrderSections"/> for filtering real recordings.
/// </remarks>
public sealed class TransferFunction
{
    readonly double[] numerator;
    readonly double[] denominator;

    /// <summary>Creates the filter from b (numerator) and a (denominator) coefficients.</summary>
    /// <param name="b">Numerator coefficients, highest power of z first; at least one.</param>
    /// <param name="a">Denominator coefficients; at least one, and a[0] must be non-zero.</param>
    /// <exception cref="ArgumentException">Empty arrays, non-finite values or a[0] == 0.</exception>
    public TransferFunction(ReadOnlySpan<double> b, ReadOnlySpan<double> a)
    {
        if (b.IsEmpty) throw new ArgumentException("The numerator b needs at least one coefficient.", nameof(b));
        if (a.IsEmpty) throw new ArgumentException("The denominator a needs at least one coefficient.", nameof(a));
        if (a[0] == 0) throw new ArgumentException("The leading denominator coefficient a[0] must not be 0.", nameof(a));
        foreach (var v in b) if (!double.IsFinite(v)) throw new ArgumentException($"Numerator b has a non-finite coefficient {v}.", nameof(b));
        foreach (var v in a) if (!double.IsFinite(v)) throw new ArgumentException($"Denominator a has a non-finite coefficient {v}.", nameof(a));
        numerator = b.ToArray();
        denominator = a.ToArray();
    }

    /// <summary>Numerator coefficients b, highest power of z first.</summary>
    public ReadOnlySpan<double> B => numerator;

    /// <summary>Denominator coefficients a, highest power of z first.</summary>
    public ReadOnlySpan<double> A => denominator;

    /// <summary>max(len(a), len(b)): the number of taps SciPy's <c>filtfilt</c> uses for its default padding.</summary>
    public int TapCount => Math.Max(numerator.Length, denominator.Length);

    /// <summary>SciPy's default <c>filtfilt</c> pad length, 3·max(len(a), len(b)).</summary>
    public int DefaultPadLength => 3 * TapCount;

    /// <inheritdoc />
    public override string ToString() =>
        $"b=[{string.Join(", ", numerator.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}], " +
        $"a=[{string.Join(", ", denominator.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
