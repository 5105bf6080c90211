using SleepFM.Synthetic.Analysis;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Analysis;

/// <summary>
/// Spectra of a night cut into scoring epochs: Welch's PSD of every epoch (Hann, 50% overlap, as
/// <c>scipy.signal.welch</c>), averaged per sleep stage or laid side by side as a spectrogram.
/// </summary>
public static class EpochSpectra
{
    /// <summary>
    /// Welch segment length for a rate: the largest power of two ≤ 4 s of samples that fits the
    /// epoch (4-s segments give 0.25-Hz bins, fine enough to separate delta from theta).
    /// </summary>
    public static int DefaultSegmentLength(double sampleRateHz, double epochSeconds)
    {
        int limit = (int)Math.Min(4 * sampleRateHz, epochSeconds * sampleRateHz);
        if (limit < 8) throw new ArgumentException($"An epoch of {epochSeconds} s at {sampleRateHz} Hz has fewer than 8 samples.");
        int m = 8;
        while (m * 2 <= limit) m *= 2;
        return m;
    }

    /// <summary>Mean PSD per stage over the scored epochs of <paramref name="signal"/> (stages without epochs are left out).</summary>
    /// <param name="signal">The whole night (time 0 = the timeline's start).</param>
    /// <param name="sampleRateHz">Its rate.</param>
    /// <param name="stages">Scoring on an epoch grid.</param>
    /// <param name="segmentLength">Welch segment, a power of two; null = <see cref="DefaultSegmentLength"/>.</param>
    /// <returns>One spectrum per stage present, in W, N1, N2, N3, REM order.</returns>
    public static IReadOnlyList<StageSpectrum> ByStage(ReadOnlySpan<float> signal, double sampleRateHz, StageTimeline stages, int? segmentLength = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        int m = segmentLength ?? DefaultSegmentLength(sampleRateHz, stages.EpochSeconds);
        int epochSamples = (int)Math.Round(stages.EpochSeconds * sampleRateHz);
        var sums = new Dictionary<SleepStage, (double[] Sum, int Count)>();
        double[]? frequencies = null;
        for (int e = 0; e < stages.Stages.Count; e++)
        {
            if (stages.Stages[e] is not { } stage) continue;
            long start = (long)e * epochSamples;
            if (start + epochSamples > signal.Length) break;
            var psd = Welch.Compute(signal.Slice((int)start, epochSamples), sampleRateHz, m);
            frequencies ??= psd.FrequenciesHz;
            if (!sums.TryGetValue(stage, out var acc)) acc = (new double[psd.Density.Length], 0);
            for (int k = 0; k < psd.Density.Length; k++) acc.Sum[k] += psd.Density[k];
            sums[stage] = (acc.Sum, acc.Count + 1);
        }
        return Enum.GetValues<SleepStage>().Where(sums.ContainsKey)
            .Select(s => new StageSpectrum(s, sums[s].Count, frequencies!, sums[s].Sum.Select(v => v / sums[s].Count).ToArray()))
            .ToList();
    }

    /// <summary>Welch PSD of each consecutive epoch of <paramref name="signal"/> (a trailing partial epoch is dropped).</summary>
    /// <param name="signal">Samples from time <paramref name="startSeconds"/>.</param>
    /// <param name="sampleRateHz">Its rate.</param>
    /// <param name="epochSeconds">Column width, seconds.</param>
    /// <param name="startSeconds">Time of the first sample (the columns' times are offset by it).</param>
    /// <param name="segmentLength">Welch segment; null = <see cref="DefaultSegmentLength"/>.</param>
    public static Spectrogram Spectrogram(ReadOnlySpan<float> signal, double sampleRateHz, double epochSeconds = 30, double startSeconds = 0, int? segmentLength = null)
    {
        int m = segmentLength ?? DefaultSegmentLength(sampleRateHz, epochSeconds);
        int epochSamples = (int)Math.Round(epochSeconds * sampleRateHz);
        int epochs = signal.Length / epochSamples;
        if (epochs == 0) throw new ArgumentException($"The signal ({signal.Length} samples) is shorter than one epoch ({epochSamples}).", nameof(signal));
        var times = new double[epochs];
        var density = new double[epochs][];
        double[] frequencies = [];
        for (int e = 0; e < epochs; e++)
        {
            var psd = Welch.Compute(signal.Slice(e * epochSamples, epochSamples), sampleRateHz, m);
            frequencies = psd.FrequenciesHz;
            density[e] = psd.Density;
            times[e] = startSeconds + (e + 0.5) * epochSeconds;
        }
        return new Spectrogram(times, frequencies, density);
    }
}

/// <summary>The mean power spectral density of one sleep stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="EpochCount">Epochs averaged.</param>
/// <param name="FrequenciesHz">Bin frequencies.</param>
/// <param name="Density">Mean PSD per bin (signal unit² / Hz).</param>
public sealed record StageSpectrum(SleepStage Stage, int EpochCount, double[] FrequenciesHz, double[] Density);

/// <summary>Per-epoch spectra over time.</summary>
/// <param name="TimesSeconds">Centre of each epoch.</param>
/// <param name="FrequenciesHz">Bin frequencies.</param>
/// <param name="Density">[epoch][bin] PSD (signal unit² / Hz).</param>
public sealed record Spectrogram(double[] TimesSeconds, double[] FrequenciesHz, double[][] Density);
