namespace SleepFM.Signals;

/// <summary>
/// A digital IIR filter as a cascade of biquads (SciPy's <c>output='sos'</c>): shape [sections, 6], each row
/// <c>[b0, b1, b2, a0, a1, a2]</c> with a0 = 1. Immutable; coefficients are copied on construction.
/// </summary>
public sealed class SecondOrderSections
{
    readonly double[] coefficients;

    /// <summary>Creates the cascade from a row-major [sections × 6] coefficient array.</summary>
    /// <param name="rowMajorCoefficients">Length a positive multiple of 6; every a0 (index 3 of a row) must be 1, as SciPy's <c>sosfilt</c> requires.</param>
    /// <exception cref="ArgumentException">Wrong length, non-finite values or a0 ≠ 1.</exception>
    public SecondOrderSections(ReadOnlySpan<double> rowMajorCoefficients)
    {
        if (rowMajorCoefficients.Length == 0 || rowMajorCoefficients.Length % 6 != 0)
            throw new ArgumentException(
                $"Second-order sections need a positive multiple of 6 coefficients; got {rowMajorCoefficients.Length}.",
                nameof(rowMajorCoefficients));
        for (int i = 0; i < rowMajorCoefficients.Length; i++)
            if (!double.IsFinite(rowMajorCoefficients[i]))
                throw new ArgumentException($"Coefficient {i} is not finite ({rowMajorCoefficients[i]}).", nameof(rowMajorCoefficients));
        for (int s = 0; s < rowMajorCoefficients.Length / 6; s++)
            if (rowMajorCoefficients[s * 6 + 3] != 1.0)
                throw new ArgumentException(
                    $"Section {s} has a0 = {rowMajorCoefficients[s * 6 + 3]}; every a0 must be 1 (SciPy: 'sos[:, 3] should be all ones').",
                    nameof(rowMajorCoefficients));
        coefficients = rowMajorCoefficients.ToArray();
    }

    /// <summary>Number of biquad sections (rows).</summary>
    public int SectionCount => coefficients.Length / 6;

    /// <summary>All coefficients, row-major [sections × 6].</summary>
    public ReadOnlySpan<double> Coefficients => coefficients;

    /// <summary>One coefficient: <paramref name="section"/> in [0, SectionCount), <paramref name="index"/> in [0, 6).</summary>
    public double this[int section, int index]
    {
        get
        {
            if ((uint)section >= (uint)SectionCount) throw new ArgumentOutOfRangeException(nameof(section), section, $"Section must be in [0, {SectionCount}).");
            if ((uint)index >= 6u) throw new ArgumentOutOfRangeException(nameof(index), index, "Coefficient index must be in [0, 6).");
            return coefficients[section * 6 + index];
        }
    }

    /// <summary>
    /// SciPy's default <c>sosfiltfilt</c> pad length: 3·(2·sections + 1 − min(#(b2 == 0), #(a2 == 0))).
    /// </summary>
    public int DefaultPadLength
    {
        get
        {
            int zeroB2 = 0, zeroA2 = 0;
            for (int s = 0; s < SectionCount; s++)
            {
                if (coefficients[s * 6 + 2] == 0) zeroB2++;
                if (coefficients[s * 6 + 5] == 0) zeroA2++;
            }
            return 3 * (2 * SectionCount + 1 - Math.Min(zeroB2, zeroA2));
        }
    }

    /// <summary>A copy as a [sections, 6] array.</summary>
    public double[,] ToArray()
    {
        var result = new double[SectionCount, 6];
        for (int s = 0; s < SectionCount; s++)
            for (int j = 0; j < 6; j++)
                result[s, j] = coefficients[s * 6 + j];
        return result;
    }
}
