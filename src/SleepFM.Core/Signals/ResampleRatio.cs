using System.Globalization;

namespace SleepFM.Signals;

/// <summary>Integer up/down factors (reduced by their gcd) that take one sampling rate to another.</summary>
/// <param name="Up">Upsampling factor ≥ 1.</param>
/// <param name="Down">Downsampling factor ≥ 1.</param>
public readonly record struct ResampleRatio(int Up, int Down)
{
    /// <summary>Largest reduced factor <see cref="FromRates"/> accepts (the polyphase FIR grows with it).</summary>
    public const int MaxFactor = 1000;

    /// <summary>
    /// The reduced ratio targetHz/sourceHz, e.g. 256→128 is 1/2, 200→128 is 16/25, 160→128 is 4/5, 500→128 is
    /// 32/125, 400→128 is 8/25. Non-integer rates (e.g. 250.5 Hz) are scaled by powers of ten until both are integers.
    /// </summary>
    /// <param name="sourceHz">Input rate, Hz, finite and &gt; 0.</param>
    /// <param name="targetHz">Output rate, Hz, finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not positive/finite.</exception>
    /// <exception cref="ArgumentException">No ratio with both factors ≤ <see cref="MaxFactor"/> exists (use linear resampling instead).</exception>
    public static ResampleRatio FromRates(double sourceHz, double targetHz)
    {
        if (!(sourceHz > 0) || !double.IsFinite(sourceHz))
            throw new ArgumentOutOfRangeException(nameof(sourceHz), sourceHz, "sourceHz must be finite and > 0.");
        if (!(targetHz > 0) || !double.IsFinite(targetHz))
            throw new ArgumentOutOfRangeException(nameof(targetHz), targetHz, "targetHz must be finite and > 0.");
        double scale = 1;
        for (int decimals = 0; decimals <= 6; decimals++, scale *= 10)
        {
            double s = sourceHz * scale, t = targetHz * scale;
            if (!IsNearInteger(s) || !IsNearInteger(t)) continue;
            long source = (long)Math.Round(s), target = (long)Math.Round(t);
            long g = Gcd(source, target);
            long up = target / g, down = source / g;
            if (up <= MaxFactor && down <= MaxFactor) return new ResampleRatio((int)up, (int)down);
            break;
        }
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture,
                $"No rational ratio with factors ≤ {MaxFactor} takes {sourceHz} Hz to {targetHz} Hz; use linear-interpolation resampling for this rate."),
            nameof(sourceHz));
    }

    /// <summary>Greatest common divisor of two non-negative integers.</summary>
    internal static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    static bool IsNearInteger(double v) => v < 1e15 && Math.Abs(v - Math.Round(v)) <= 1e-9 * Math.Max(1, Math.Abs(v));

    /// <inheritdoc />
    public override string ToString() => $"{Up}/{Down}";
}
