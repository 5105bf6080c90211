using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.Models;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using SleepFM.Training.Pretraining;
using static TorchSharp.torch;

namespace SleepFM.Analysis;

/// <summary>
/// Clip embeddings of a pretrained encoder (the <c>encoder.bin</c> + <c>encoder.json</c> a pretraining run
/// writes) over a prepared PSG folder, one per clip and modality present, with the clip's majority sleep
/// stage from the prepared index. For embedding maps: does the encoder separate stages without labels?
/// </summary>
public static class ClipEmbeddings
{
    /// <summary>Options of <see cref="Compute"/>.</summary>
    /// <param name="MaxClips">Clips encoded at most (a seeded sample spread over the whole set), ≥ 1.</param>
    /// <param name="Split">Only this split (e.g. the validation subjects), or null for all.</param>
    /// <param name="Seed">Seed of the sample order.</param>
    /// <param name="BatchSize">Clips per forward pass.</param>
    public sealed record Options(int MaxClips = 1000, DataSplit? Split = null, int Seed = 0, int BatchSize = 32);

    /// <summary>Encodes clips of <paramref name="preparedDirectory"/> with the encoder saved in <paramref name="encoderDirectory"/>.</summary>
    /// <param name="encoderDirectory">A pretraining run folder (with <c>encoder.bin</c> and <c>encoder.json</c>).</param>
    /// <param name="preparedDirectory">A prepared dataset (<c>sleepfm prepare</c>), grouped by modality.</param>
    /// <param name="options">Sample size, split, seed; null for the defaults.</param>
    /// <param name="cancellation">Stops between batches.</param>
    /// <exception cref="FileNotFoundException">The encoder files are missing.</exception>
    public static IReadOnlyList<ClipEmbedding> Compute(string encoderDirectory, string preparedDirectory, Options? options = null, CancellationToken cancellation = default)
    {
        options ??= new Options();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxClips, 1, nameof(options.MaxClips));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options.BatchSize));
        string weights = Path.Combine(encoderDirectory, PretrainedEncoderFiles.Weights), configPath = Path.Combine(encoderDirectory, PretrainedEncoderFiles.Config);
        foreach (var f in new[] { weights, configPath })
            if (!File.Exists(f)) throw new FileNotFoundException($"{f}: no such file (a pretraining run writes encoder.bin and encoder.json when it finishes)", f);
        TorchRuntime.EnsureLoaded();

        var dataset = PreparedDataset.Open(preparedDirectory);
        var labels = dataset.Info.Labels;
        bool stages = !labels.MultiLabel && labels.ClassNames.SequenceEqual(SleepStages.ClassNames);
        var loader = new WindowBatchLoader(dataset, new BatchLoaderOptions
        {
            BatchSize = options.BatchSize, Split = options.Split, Shuffle = ShuffleMode.Global, Seed = options.Seed, GroupByModality = true,
        });
        // A run with one encoder per modality keeps each in modalities/<M>/; every modality is embedded by its own.
        // Loaded here, outside the per-batch dispose scopes, which would otherwise take the weights with them.
        var encoders = new Dictionary<Modality, ChannelAgnosticEncoder>();
        var result = new List<ClipEmbedding>();
        try
        {
            foreach (var modality in loader.Modalities)
            {
                var directory = PretrainedEncoderFiles.DirectoryFor(encoderDirectory, modality.ToString());
                var encoder = encoders[modality] = new ChannelAgnosticEncoder(PretrainedEncoderFiles.ReadConfig(directory));
                encoder.LoadWeights(Path.Combine(directory, PretrainedEncoderFiles.Weights));
                encoder.eval();
            }
            int clips = 0;
            using var noGrad = no_grad();
            foreach (var batch in loader.Batches(0, cancellation))
            {
                using var scope = NewDisposeScope();
                using (batch)
                {
                    int take = Math.Min(batch.Count, options.MaxClips - clips);
                    var clipLabels = labels.MultiLabel ? null : batch.Labels.data<long>().ToArray();
                    foreach (var part in batch.Modalities)
                    {
                        var output = encoders[part.Modality].forward(part.Signals, part.ChannelMask, part.Positions);
                        var present = part.ChannelMask.any(1).data<bool>().ToArray();
                        var vectors = output.Clip.to(ScalarType.Float32).contiguous().data<float>().ToArray();
                        int d = (int)output.Clip.shape[1];
                        for (int b = 0; b < take; b++)
                        {
                            if (!present[b]) continue;
                            int label = clipLabels is null ? LabelSpace.Unknown : (int)clipLabels[b];
                            string? stage = stages && label >= 0 && label < labels.ClassNames.Count ? labels.ClassNames[label] : null;
                            result.Add(new ClipEmbedding(batch.WindowIds[b], batch.RecordingIds[b], batch.SubjectIds[b], part.Modality.ToString(),
                                label, stage, vectors.AsSpan(b * d, d).ToArray()));
                        }
                    }
                    clips += take;
                }
                if (clips >= options.MaxClips) break;
            }
        }
        finally
        {
            foreach (var encoder in encoders.Values) encoder.Dispose();
        }
        // The loader's order is seeded; sorting makes the list independent of batch size too.
        return result.OrderBy(e => e.WindowId).ThenBy(e => e.Modality, StringComparer.Ordinal).ToList();
    }
}

/// <summary>One clip's embedding for one modality.</summary>
/// <param name="WindowId">Row of the prepared index.</param>
/// <param name="RecordingId">Recording.</param>
/// <param name="SubjectId">Subject.</param>
/// <param name="Modality">BAS, ECG, RESP or EMG.</param>
/// <param name="Label">The clip's label as stored (majority sleep stage for PSG, −1 unscored).</param>
/// <param name="Stage">Stage name (W, N1, N2, N3, REM) when the dataset is sleep-staged and the clip scored, else null.</param>
/// <param name="Vector">The clip embedding (length d).</param>
public sealed record ClipEmbedding(long WindowId, string RecordingId, string SubjectId, string Modality, int Label, string? Stage, float[] Vector);
