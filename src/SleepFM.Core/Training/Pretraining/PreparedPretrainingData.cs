using SleepFM.Datasets;
using SleepFM.Models;
using SleepFM.Pipeline;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// Pretraining clips from a prepared PSG dataset (<c>sleepfm prepare --dataset psg</c>), grouped by
/// modality: training clips of the train subjects in a seeded order per epoch, held-out clips of the
/// validation subjects in one fixed shuffled order. Incomplete last batches are dropped (a contrastive batch needs
/// negatives).
/// </summary>
public sealed class PreparedPretrainingData : IPretrainingData
{
    readonly WindowBatchLoader train;
    readonly WindowBatchLoader? validation;

    /// <summary>Opens the loaders.</summary>
    /// <param name="dataset">A prepared PSG dataset with splits.</param>
    /// <param name="batchSize">Clips per batch, ≥ 2.</param>
    /// <param name="seed">Seed of the epoch order.</param>
    /// <exception cref="ArgumentException">The training split has fewer clips than one batch.</exception>
    public PreparedPretrainingData(PreparedDataset dataset, int batchSize, int seed)
    {
        var options = new BatchLoaderOptions { BatchSize = batchSize, Seed = seed, GroupByModality = true, DropLast = true };
        train = new WindowBatchLoader(dataset, options with { Split = DataSplit.Train, Shuffle = ShuffleMode.Global });
        if (train.BatchCount == 0)
            throw new ArgumentException($"{dataset.Directory}: the training split has {train.WindowCount} clips, fewer than one batch of {batchSize}.", nameof(dataset));
        int held = dataset.Select(DataSplit.Validation).Count;
        if (held >= 2)
            // A fixed shuffle (same batches every epoch): in index order a batch would hold consecutive clips of
            // one night, a much harder set of negatives than training batches, and the held-out loss would
            // not be comparable with the training loss.
            validation = new WindowBatchLoader(dataset, options with { Split = DataSplit.Validation, Shuffle = ShuffleMode.Global, Seed = 0, BatchSize = Math.Min(batchSize, held) });
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
    public IEnumerable<PretrainingBatch> Validation() =>
        validation is null ? [] : validation.Batches(0).Select(Convert);

    // The modality tensors move into the pretraining batch; the rest is not needed for pretraining.
    static PretrainingBatch Convert(WindowBatch batch)
    {
        batch.Labels.Dispose();
        batch.Presence?.Dispose();
        var parts = batch.Modalities.ToDictionary(m => m.Modality.ToString(), m => new ModalityBatch(m.Signals, m.ChannelMask, m.Positions));
        return new PretrainingBatch(parts, batch.WindowIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
    }
}
