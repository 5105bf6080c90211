using SleepFM.IO;
using SleepFM.Channels;
using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// Converts one recording into a shard and its manifest: opens it through the recipe, preprocesses one channel at a
/// time with the recipe's chain, cuts the windows, and writes shard then manifest, each under a temporary name renamed
/// into place. A crash at any point leaves no manifest, so the recording counts as not done.
/// </summary>
public static class RecordingPreparer
{
    // Largest finite float16; a plain cast of anything larger gives infinity, so values are clamped first.
    const double HalfMax = 65504;

    /// <summary>Prepares one recording.</summary>
    /// <param name="recipe">The dataset recipe.</param>
    /// <param name="recording">The recording to convert.</param>
    /// <param name="shardDirectory">Folder receiving <c>&lt;name&gt;.h5</c> and <c>&lt;name&gt;.json</c>.</param>
    /// <param name="precision">Sample type on disk.</param>
    /// <param name="tempTag">Tag for temporary names (the partition, so a re-run of it can clean up after a crash).</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="ArgumentException">The window length is not a whole number of samples at the target rate.</exception>
    public static RecordingManifest Prepare(IDatasetRecipe recipe, RecordingDescriptor recording, string shardDirectory, ShardPrecision precision, string tempTag = "w")
    {
        double rate = recipe.Chain.TargetSampleRateHz;
        int windowSamples = WindowSamples(recipe.WindowSeconds, rate);
        int labelWidth = recipe.Labels.Width;
        string name = ShardNames.For(recording.RecordingId);
        string shardPath = Path.Combine(shardDirectory, name + ShardLayout.ShardExtension);
        string manifestPath = Path.Combine(shardDirectory, name + ShardLayout.ManifestExtension);

        using var source = recipe.Open(recording);
        var windows = source.Windows;
        var channels = source.Channels;
        int n = windows.Count, c = channels.Count;
        var manifestChannels = new List<ManifestChannel>(c);
        string? shard = null;
        if (n > 0)
        {
            var labels = new int[n * labelWidth];
            var events = new int[n];
            for (int w = 0; w < n; w++)
            {
                if (windows[w].Labels.Count != labelWidth)
                    throw new InvalidOperationException($"Recipe '{recipe.Name}' gave window {w} of '{recording.RecordingId}' {windows[w].Labels.Count} labels; its label space needs {labelWidth}.");
                for (int l = 0; l < labelWidth; l++) labels[w * labelWidth + l] = windows[w].Labels[l];
                events[w] = windows[w].EventChannel is { } ev ? IndexOfChannel(channels, ev) : -1;
            }
            var mask = new byte[n * c];
            var metadata = new ShardMetadata(recording.RecordingId, recording.SubjectId, recipe.Name, rate, windowSamples,
                channels.Select(ch => ch.Label).ToList(), channels.Select(ch => ch.Modality).ToList(), channels.Select(ch => ch.Position).ToList(),
                labelWidth, labels, windows.Select(w => w.StartSeconds).ToList(), events);
            string temp = StagedFile.TempPath(shardPath, tempTag);
            try
            {
                using (var writer = new ShardWriter(temp, metadata, precision))
                {
                    var half = precision == ShardPrecision.Float16 ? new Half[n * windowSamples] : null;
                    var single = precision == ShardPrecision.Float32 ? new float[n * windowSamples] : null;
                    for (int ch = 0; ch < c; ch++)
                    {
                        var raw = channels[ch].Read();
                        MarkRealWindows(raw, channels[ch].SampleRateHz, windows, recipe.WindowSeconds, ch, c, mask);
                        var pre = recipe.Chain.Apply(raw, channels[ch].SampleRateHz);
                        manifestChannels.Add(new ManifestChannel(channels[ch].Label, channels[ch].Modality, channels[ch].SampleRateHz, channels[ch].Position, pre.Steps));
                        CutWindows(pre.Samples, windows, rate, windowSamples, ch, c, mask, half, single);
                        if (half is not null) writer.WriteChannel(ch, half);
                        else writer.WriteChannel(ch, single!);
                    }
                    writer.WriteMask(mask);
                }
                StagedFile.Commit(temp, shardPath);
            }
            catch
            {
                StagedFile.TryDelete(temp);
                throw;
            }
            shard = Path.GetFileName(shardPath);
        }
        else
        {
            foreach (var ch in channels) manifestChannels.Add(new ManifestChannel(ch.Label, ch.Modality, ch.SampleRateHz, ch.Position, []));
        }
        var manifest = new RecordingManifest(ShardLayout.FormatVersion, recording.RecordingId, recording.SubjectId, recording.OfficialSplit,
            recording.Files, shard, source.DurationSeconds, manifestChannels, windows.Select(w => w.StartSeconds).ToList(),
            windows.Select(w => w.Labels.ToArray()).ToList(), source.Warnings.Select(w => w.ToString()).ToList(), recording.Properties);
        PipelineJson.WriteAtomic(manifestPath, manifest);
        return manifest;
    }

    /// <summary>T for a window length at a rate; the product must be a whole number of samples.</summary>
    /// <exception cref="ArgumentException">windowSeconds × rate is not (within 1e-6) a positive integer.</exception>
    public static int WindowSamples(double windowSeconds, double sampleRateHz)
    {
        double t = windowSeconds * sampleRateHz;
        int rounded = (int)Math.Round(t);
        if (rounded < 1 || Math.Abs(t - rounded) > 1e-6)
            throw new ArgumentException($"A {windowSeconds}-s window at {sampleRateHz} Hz is {t} samples; it must be a positive whole number.");
        return rounded;
    }

    static int IndexOfChannel(IReadOnlyList<SourceChannel> channels, string label)
    {
        for (int i = 0; i < channels.Count; i++)
            if (string.Equals(channels[i].Label.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    // A window where the raw channel is constant (a disconnected lead, a placeholder channel) carries no signal and
    // is masked. It is judged on the raw samples: after zero-phase filtering a constant is only constant up to rounding,
    // and z-scoring would blow that rounding up to unit variance.
    static void MarkRealWindows(float[] raw, double rawRateHz, IReadOnlyList<LabelledWindow> windows, double windowSeconds,
        int channel, int channelCount, byte[] mask)
    {
        for (int w = 0; w < windows.Count; w++)
        {
            long first = Math.Min((long)Math.Round(windows[w].StartSeconds * rawRateHz), raw.Length);
            long end = Math.Min((long)Math.Round((windows[w].StartSeconds + windowSeconds) * rawRateHz), raw.Length);
            var span = raw.AsSpan((int)first, (int)(end - first));
            bool varies = span.Length > 1 && span.IndexOfAnyExcept(span[0]) >= 0;
            mask[w * channelCount + channel] = (byte)(varies ? 1 : 0);
        }
    }

    // Copies each window of one preprocessed channel into [N, T]; masked windows are stored as zeros so no consumer
    // can mistake filter residue for signal.
    static void CutWindows(double[] samples, IReadOnlyList<LabelledWindow> windows, double rate, int windowSamples,
        int channel, int channelCount, byte[] mask, Half[]? half, float[]? single)
    {
        for (int w = 0; w < windows.Count; w++)
        {
            long first = (long)Math.Round(windows[w].StartSeconds * rate);
            int available = (int)Math.Clamp(samples.Length - first, 0, windowSamples);
            int offset = w * windowSamples;
            if (mask[w * channelCount + channel] == 0) available = 0;
            for (int k = 0; k < available; k++)
            {
                double x = samples[first + k];
                if (half is not null) half[offset + k] = (Half)Math.Clamp(x, -HalfMax, HalfMax);
                else single![offset + k] = (float)x;
            }
            // Resampling can end up to a sample short of the planned window; repeat the last value rather than invent data.
            double last = available > 0 ? samples[first + available - 1] : 0;
            for (int k = available; k < windowSamples; k++)
            {
                if (half is not null) half[offset + k] = (Half)Math.Clamp(last, -HalfMax, HalfMax);
                else single![offset + k] = (float)last;
            }
        }
    }
}
