namespace SleepFM.Analysis;

/// <summary>
/// Display decimation that keeps every peak: the samples are cut into equal buckets (about one per
/// screen pixel) and each bucket contributes its minimum and maximum, in time order. A night of 256-Hz
/// EEG becomes a few thousand points, yet spikes and artefacts stay visible, which plain subsampling loses.
/// </summary>
public static class MinMaxDecimation
{
    /// <summary>Decimates <paramref name="samples"/> to at most 2·<paramref name="buckets"/> points.</summary>
    /// <param name="samples">The signal.</param>
    /// <param name="sampleRateHz">Its rate, &gt; 0.</param>
    /// <param name="startSeconds">Time of the first sample.</param>
    /// <param name="buckets">Buckets, ≥ 1; a signal of at most 2·buckets samples is returned whole.</param>
    /// <returns>Times (seconds) and values of the kept samples.</returns>
    public static (double[] TimesSeconds, float[] Values) Decimate(ReadOnlySpan<float> samples, double sampleRateHz, double startSeconds, int buckets)
    {
        if (!(sampleRateHz > 0)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "must be > 0");
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        int n = samples.Length;
        if (n <= 2 * buckets)
        {
            var t = new double[n];
            for (int i = 0; i < n; i++) t[i] = startSeconds + i / sampleRateHz;
            return (t, samples.ToArray());
        }
        var times = new List<double>(2 * buckets);
        var values = new List<float>(2 * buckets);
        for (int b = 0; b < buckets; b++)
        {
            int from = (int)((long)b * n / buckets), to = (int)((long)(b + 1) * n / buckets);
            int lo = from, hi = from;
            for (int i = from + 1; i < to; i++)
            {
                if (samples[i] < samples[lo]) lo = i;
                if (samples[i] > samples[hi]) hi = i;
            }
            int first = Math.Min(lo, hi), second = Math.Max(lo, hi);
            times.Add(startSeconds + first / sampleRateHz);
            values.Add(samples[first]);
            if (second == first) continue;
            times.Add(startSeconds + second / sampleRateHz);
            values.Add(samples[second]);
        }
        return (times.ToArray(), values.ToArray());
    }
}
