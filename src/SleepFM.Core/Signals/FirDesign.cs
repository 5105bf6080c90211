namespace SleepFM.Signals;

/// <summary>Windowed-sinc FIR design as used by SciPy's <c>resample_poly</c>: <c>firwin</c> with a Kaiser window.</summary>
public static class FirDesign
{
    /// <summary>
    /// Low-pass FIR like <c>scipy.signal.firwin(tapCount, cutoff, window=('kaiser', kaiserBeta))</c>: sinc at
    /// <paramref name="cutoffRelativeToNyquist"/>, Kaiser-windowed, scaled to unit gain at DC.
    /// </summary>
    /// <param name="tapCount">Number of taps, ≥ 1 (odd gives a type-I linear-phase filter).</param>
    /// <param name="cutoffRelativeToNyquist">Cut-off as a fraction of Nyquist, in (0, 1).</param>
    /// <param name="kaiserBeta">Kaiser shape parameter β ≥ 0 (SciPy's resample_poly uses 5).</param>
    public static double[] KaiserLowPass(int tapCount, double cutoffRelativeToNyquist, double kaiserBeta)
    {
        if (tapCount < 1) throw new ArgumentOutOfRangeException(nameof(tapCount), tapCount, "tapCount must be ≥ 1.");
        if (!(cutoffRelativeToNyquist > 0 && cutoffRelativeToNyquist < 1))
            throw new ArgumentOutOfRangeException(nameof(cutoffRelativeToNyquist), cutoffRelativeToNyquist,
                "Cut-off must be in the open range (0, 1) relative to Nyquist.");
        var h = new double[tapCount];
        double alpha = 0.5 * (tapCount - 1);
        var window = Kaiser(tapCount, kaiserBeta);
        for (int i = 0; i < tapCount; i++)
        {
            double m = i - alpha;
            h[i] = cutoffRelativeToNyquist * Sinc(cutoffRelativeToNyquist * m) * window[i];
        }
        // Scaled so the passband centre (DC for a low-pass) has gain 1, as firwin's scale=True does.
        double sum = PairwiseSum(h);
        for (int i = 0; i < tapCount; i++) h[i] /= sum;
        return h;
    }

    /// <summary>Symmetric Kaiser window of <paramref name="length"/> points, <c>scipy.signal.windows.kaiser(M, beta)</c>.</summary>
    /// <param name="length">Points, ≥ 1.</param>
    /// <param name="beta">Shape β ≥ 0; 0 is rectangular, larger is narrower with lower side lobes.</param>
    public static double[] Kaiser(int length, double beta)
    {
        if (length < 1) throw new ArgumentOutOfRangeException(nameof(length), length, "length must be ≥ 1.");
        if (!(beta >= 0) || !double.IsFinite(beta)) throw new ArgumentOutOfRangeException(nameof(beta), beta, "beta must be finite and ≥ 0.");
        var w = new double[length];
        if (length == 1) { w[0] = 1; return w; }
        double alpha = (length - 1) / 2.0;
        double denominator = BesselI0(beta);
        for (int n = 0; n < length; n++)
        {
            double r = (n - alpha) / alpha;
            w[n] = BesselI0(beta * Math.Sqrt(1 - r * r)) / denominator;
        }
        return w;
    }

    /// <summary>Modified Bessel function of the first kind, order 0, by its power series (all terms positive: no cancellation).</summary>
    /// <param name="x">Argument; any finite value (I0 is even).</param>
    public static double BesselI0(double x)
    {
        double quarterSquare = x * x / 4;
        double term = 1, sum = 1;
        for (int k = 1; k < 500; k++)
        {
            term *= quarterSquare / ((double)k * k);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return sum;
    }

    /// <summary>numpy's sinc: sin(πx)/(πx), 1 at x = 0.</summary>
    static double Sinc(double x)
    {
        double y = Math.PI * (x == 0 ? 1.0e-20 : x);
        return Math.Sin(y) / y;
    }

    /// <summary>numpy's pairwise summation (blocks of 8 below 128 elements), so the DC normalisation rounds alike.</summary>
    internal static double PairwiseSum(ReadOnlySpan<double> values)
    {
        if (values.Length < 8)
        {
            double s = 0;
            foreach (var v in values) s += v;
            return s;
        }
        if (values.Length <= 128)
        {
            double r0 = values[0], r1 = values[1], r2 = values[2], r3 = values[3];
            double r4 = values[4], r5 = values[5], r6 = values[6], r7 = values[7];
            int i = 8;
            for (; i + 8 <= values.Length; i += 8)
            {
                r0 += values[i]; r1 += values[i + 1]; r2 += values[i + 2]; r3 += values[i + 3];
                r4 += values[i + 4]; r5 += values[i + 5]; r6 += values[i + 6]; r7 += values[i + 7];
            }
            double result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < values.Length; i++) result += values[i];
            return result;
        }
        int half = values.Length / 2;
        half -= half % 8;
        return PairwiseSum(values[..half]) + PairwiseSum(values[half..]);
    }
}
