using SleepFM.Datasets;
using SleepFM.Models;
using SleepFM.Pipeline;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// Pretraining clips from a prepared PSG dataset (<c>sleepfm prepare --dataset psg</c>), grouped by
/// modality: training clips of the train subjects in a seeded order per epoch, held-out clips of the
/// validation <em>and</em> test subjects in one fixed shuffled order. Pretraining selects nothing on its held-out
/// loss and no downstream task uses the PSG test subjects, so both splits serve as held-out subjects: with the
/// paper's 10%/10% split that doubles them (16 of 80 on the quick cohort instead of 8). Incomplete last batches are
/// dropped (a contrastive batch needs negatives).
/// </summary>
public sealed class PreparedPretrainingData : IPretrainingData
{
    readonly WindowBatchLoader train;
    readonly List<WindowBatchLoader> heldOut = [];
    readonly Dictionary<string, string> nightOfClip = new(StringComparer.Ordinal);

    /// <summary>Opens the loaders.</summary>
    /// <param name="dataset">A prepared PSG dataset with splits.</param>
    /// <param name="batchSize">Clips per batch, ≥ 2.</param>
    /// <param name="seed">Seed of the epoch order.</param>
    /// <param name="composition">Which clips share a training batch; held-out batches always mix.</param>
    /// <exception cref="ArgumentException">The training split has fewer clips than one batch.</exception>
    /// <exception cref="InvalidDataException">A shard's manifest is missing (<see cref="BatchComposition.SameMontage"/> reads the montages).</exception>
    public PreparedPretrainingData(PreparedDataset dataset, int batchSize, int seed, BatchComposition composition = BatchComposition.SameMontage)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var options = new BatchLoaderOptions { BatchSize = batchSize, Seed = seed, GroupByModality = true, DropLast = true };
        Func<IndexedWindow, string>? batchKey = null;
        if (composition == BatchComposition.SameMontage)
        {
            var montages = MontageSignature.ByShard(dataset);
            batchKey = w => montages[w.Shard];
        }
        train = new WindowBatchLoader(dataset, options with { Split = DataSplit.Train, Shuffle = ShuffleMode.Global, BatchKey = batchKey });
        if (train.BatchCount == 0)
            throw new ArgumentException($"{dataset.Directory}: the training split has {train.WindowCount} clips, fewer than one batch of {batchSize}.", nameof(dataset));
        foreach (var split in new[] { DataSplit.Validation, DataSplit.Test })
        {
            var windows = dataset.Select(split);
            if (windows.Count < 2) continue;
            // A fixed shuffle (same batches every epoch): in index order a batch would hold consecutive clips of
            // one night, a much harder set of negatives than training batches, and the held-out loss would
            // not be comparable with the training loss.
            heldOut.Add(new WindowBatchLoader(dataset, options with { Split = split, Shuffle = ShuffleMode.Global, Seed = 0, BatchSize = Math.Min(batchSize, windows.Count) }));
            foreach (var w in windows) nightOfClip[w.WindowId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = w.RecordingId;
        }
        HeldOutSubjects = dataset.Select(DataSplit.Validation).Concat(dataset.Select(DataSplit.Test)).Select(w => w.SubjectId).Distinct().Count();
        Modalities = train.Modalities.Select(m => m.ToString()).ToList();
    }

    /// <summary>Modality names present in the data (BAS, ECG, RESP, EMG, …), for <see cref="PretrainingConfig.Modalities"/>.</summary>
    public IReadOnlyList<string> Modalities { get; }

    /// <inheritdoc />
    public int TrainBatchesPerEpoch => train.BatchCount;

    /// <inheritdoc />
    public IEnumerable<PretrainingBatch> TrainEpoch(int epoch, int skipBatches)
    {
        int index = 0;
        foreach (var batch in train.Batches(epoch))
        {
            if (index++ < skipBatches) { batch.Dispose(); continue; }
            yield return Convert(batch);
        }
    }

    /// <inheritdoc />
    public IEnumerable<PretrainingBatch> Validation() => heldOut.SelectMany(loader => loader.Batches(0).Select(Convert));

    /// <inheritdoc />
    public string? NightOf(string clipId) => nightOfClip.GetValueOrDefault(clipId);

    /// <summary>Held-out subjects (validation and test splits).</summary>
    public int HeldOutSubjects { get; }

    // The modality tensors move into the pretraining batch; the rest is not needed for pretraining.
    static PretrainingBatch Convert(WindowBatch batch)
    {
        batch.Labels.Dispose();
        batch.Presence?.Dispose();
        var parts = batch.Modalities.ToDictionary(m => m.Modality.ToString(), m => new ModalityBatch(m.Signals, m.ChannelMask, m.Positions));
        return new PretrainingBatch(parts, batch.WindowIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
    }
}
