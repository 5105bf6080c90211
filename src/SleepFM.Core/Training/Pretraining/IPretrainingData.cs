namespace SleepFM.Training.Pretraining;

/// <summary>
/// The clips a pretraining run sees. Order must be a pure function of (seed, epoch), so a resumed run
/// replays exactly the batches an uninterrupted one would have.
/// </summary>
public interface IPretrainingData
{
    /// <summary>Training batches per epoch.</summary>
    int TrainBatchesPerEpoch { get; }

    /// <summary>The training batches of one epoch in order, starting after the first <paramref name="skipBatches"/>.</summary>
    /// <param name="epoch">0-based epoch; it seeds the shuffle together with the data's own seed.</param>
    /// <param name="skipBatches">Batches already consumed (when resuming mid-epoch); they are not materialised.</param>
    IEnumerable<PretrainingBatch> TrainEpoch(int epoch, int skipBatches);

    /// <summary>Held-out batches (subjects never trained on), always in the same order.</summary>
    IEnumerable<PretrainingBatch> Validation();

    /// <summary>
    /// The night (recording) a held-out clip comes from, or null when unknown. Retrieval among the clips of one
    /// night measures what the clip itself carries, beyond the subject and night every clip of it shares.
    /// </summary>
    /// <param name="clipId">An id from <see cref="PretrainingBatch.ClipIds"/>.</param>
    string? NightOf(string clipId) => null;
}
