namespace SleepFM.Signals;

/// <summary>
/// Resampling by linear interpolation, as SleepFM's preprocessing does it: <c>np.interp(k/targetHz, i/sourceHz, x)</c>
/// for k = 0 … n_out − 1 with n_out = int(n_in·targetHz/sourceHz) (truncated, as Python's <c>int()</c>).
/// </summary>
/// <remarks>
/// There is no anti-aliasing: low-pass below the target Nyquist first when downsampling (the
/// <see cref="PreprocessingChain"/> does). Output times past the last input sample take the last value, as np.interp
/// clamps.
/// </remarks>
public static class LinearResampler
{
    /// <summary>int(inputLength·targetHz/sourceHz).</summary>
    public static long OutputLength(long inputLength, double sourceHz, double targetHz)
    {
        Validate(sourceHz, targetHz);
        if (inputLength < 0) throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, "inputLength must be ≥ 0.");
        return (long)(inputLength * targetHz / sourceHz);
    }

    /// <summary>Interpolates into <paramref name="output"/>, whose length must be <see cref="OutputLength"/>.</summary>
    /// <exception cref="ArgumentException">Wrong output length.</exception>
    public static void Resample(ReadOnlySpan<double> input, double sourceHz, double targetHz, Span<double> output)
    {
        long expected = OutputLength(input.Length, sourceHz, targetHz);
        if (output.Length != expected)
            throw new ArgumentException($"Output length {output.Length} must be int({input.Length}·{targetHz}/{sourceHz}) = {expected}.", nameof(output));
        int n = input.Length;
        if (n == 0) return;
        double lastTime = (n - 1) / sourceHz;
        for (int k = 0; k < output.Length; k++)
        {
            double t = k / targetHz;
            if (t >= lastTime)
            {
                output[k] = input[n - 1];
                continue;
            }
            // The grid is uniform, so guess the interval and correct it against the exact grid times numpy compares with.
            int j = (int)Math.Min(n - 2, Math.Floor(t * sourceHz));
            while (j > 0 && j / sourceHz > t) j--;
            while (j + 1 < n - 1 && (j + 1) / sourceHz <= t) j++;
            double tj = j / sourceHz;
            if (tj == t)
            {
                output[k] = input[j];
                continue;
            }
            double slope = (input[j + 1] - input[j]) / ((j + 1) / sourceHz - tj);
            output[k] = slope * (t - tj) + input[j];
        }
    }

    /// <summary>Allocating form of <see cref="Resample(ReadOnlySpan{double}, double, double, Span{double})"/>.</summary>
    public static double[] Resample(ReadOnlySpan<double> input, double sourceHz, double targetHz)
    {
        var output = new double[OutputLength(input.Length, sourceHz, targetHz)];
        Resample(input, sourceHz, targetHz, output);
        return output;
    }

    static void Validate(double sourceHz, double targetHz)
    {
        if (!(sourceHz > 0) || !double.IsFinite(sourceHz))
            throw new ArgumentOutOfRangeException(nameof(sourceHz), sourceHz, "sourceHz must be finite and > 0.");
        if (!(targetHz > 0) || !double.IsFinite(targetHz))
            throw new ArgumentOutOfRangeException(nameof(targetHz), targetHz, "targetHz must be finite and > 0.");
    }
}
