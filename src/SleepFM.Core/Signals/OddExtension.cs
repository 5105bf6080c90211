using System.Globalization;

namespace SleepFM.Signals;

/// <summary>SciPy's <c>odd_ext</c> padding for zero-phase filtering.</summary>
internal static class OddExtension
{
    /// <summary>SciPy requires len(x) &gt; edge (and edge ≥ 0).</summary>
    public static void Validate(int length, int edge, string parameterName)
    {
        if (edge < 0)
            throw new ArgumentOutOfRangeException(nameof(edge), edge, "Pad length must be ≥ 0.");
        if (length <= edge)
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The signal has {length} samples but zero-phase filtering pads {edge} samples per side; it needs more than {edge} samples (SciPy: 'The length of the input vector x must be greater than padlen')."),
                parameterName);
    }

    /// <summary>Writes [2·x[0] − x[edge..1], x, 2·x[^1] − x[^2..^(edge+1)]] into <paramref name="extended"/> (length len(x) + 2·edge).</summary>
    public static void Fill(ReadOnlySpan<double> x, int edge, Span<double> extended)
    {
        double first = x[0], last = x[^1];
        for (int i = 0; i < edge; i++)
        {
            extended[i] = 2 * first - x[edge - i];
            extended[edge + x.Length + i] = 2 * last - x[x.Length - 2 - i];
        }
        x.CopyTo(extended.Slice(edge, x.Length));
    }
}
