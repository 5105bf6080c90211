namespace SleepFM.Synthetic.Analysis;

/// <summary>
/// Welch's averaged periodogram with a Hann window, 50% overlap and mean-removed segments
/// (constant detrend), scaled like <c>scipy.signal.welch(..., scaling='density')</c>. A small
/// self-contained FFT (radix-2) keeps the synthetic-data checks free of other dependencies.
/// </summary>
public static class Welch
{
    /// <summary>Estimates the PSD of <paramref name="signal"/>.</summary>
    /// <param name="signal">Samples; at least <paramref name="segmentLength"/>.</param>
    /// <param name="sampleRateHz">Sample rate, &gt; 0.</param>
    /// <param name="segmentLength">Segment length, a power of two ≥ 8.</param>
    public static PowerSpectrum Compute(ReadOnlySpan<float> signal, double sampleRateHz, int segmentLength)
    {
        if (segmentLength < 8 || (segmentLength & (segmentLength - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(segmentLength), segmentLength, "Segment length must be a power of two ≥ 8.");
        if (signal.Length < segmentLength) throw new ArgumentException($"Signal has {signal.Length} samples, fewer than one segment ({segmentLength}).", nameof(signal));
        if (!(sampleRateHz > 0)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Rate must be positive.");
        int m = segmentLength, bins = m / 2 + 1, step = m / 2;
        var window = new double[m];
        double windowPower = 0;
        for (int i = 0; i < m; i++)
        {
            window[i] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / m);
            windowPower += window[i] * window[i];
        }
        var re = new double[m];
        var im = new double[m];
        var density = new double[bins];
        int segments = 0;
        for (int start = 0; start + m <= signal.Length; start += step)
        {
            double mean = 0;
            for (int i = 0; i < m; i++) mean += signal[start + i];
            mean /= m;
            for (int i = 0; i < m; i++) { re[i] = (signal[start + i] - mean) * window[i]; im[i] = 0; }
            Fft(re, im);
            for (int k = 0; k < bins; k++) density[k] += re[k] * re[k] + im[k] * im[k];
            segments++;
        }
        double scale = 1 / (sampleRateHz * windowPower * segments);
        for (int k = 0; k < bins; k++) density[k] *= scale * (k == 0 || k == bins - 1 ? 1 : 2);
        var frequencies = new double[bins];
        for (int k = 0; k < bins; k++) frequencies[k] = k * sampleRateHz / m;
        return new PowerSpectrum(frequencies, density);
    }

    /// <summary>In-place iterative radix-2 FFT.</summary>
    static void Fft(double[] re, double[] im)
    {
        int n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) { (re[i], re[j]) = (re[j], re[i]); (im[i], im[j]) = (im[j], im[i]); }
        }
        for (int length = 2; length <= n; length <<= 1)
        {
            double angle = -2 * Math.PI / length;
            double wr = Math.Cos(angle), wi = Math.Sin(angle);
            for (int i = 0; i < n; i += length)
            {
                double cr = 1, ci = 0;
                for (int k = 0; k < length / 2; k++)
                {
                    int a = i + k, b = a + length / 2;
                    double xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr; im[b] = im[a] - xi;
                    re[a] += xr; im[a] += xi;
                    (cr, ci) = (cr * wr - ci * wi, cr * wi + ci * wr);
                }
            }
        }
    }
}
