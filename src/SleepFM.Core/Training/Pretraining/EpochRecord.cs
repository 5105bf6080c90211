namespace SleepFM.Training.Pretraining;

/// <summary>One row of <c>history.csv</c>: the state of a run at the end of an epoch.</summary>
/// <param name="Epoch">0-based epoch.</param>
/// <param name="Step">Steps completed.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's steps.</param>
/// <param name="ValidationLoss">Mean loss on the held-out clips.</param>
/// <param name="RetrievalTop1">Cross-modal retrieval top-1 accuracy on held-out clips.</param>
/// <param name="RetrievalTop5">Cross-modal retrieval top-5 accuracy on held-out clips.</param>
/// <param name="LogScale">The learned temperature parameter t (scale = exp t).</param>
/// <param name="LearningRate">Learning rate of the epoch's last step.</param>
/// <param name="Seconds">Wall time of the epoch (training plus validation).</param>
public sealed record EpochRecord(
    int Epoch, long Step, double TrainLoss, double ValidationLoss, double RetrievalTop1, double RetrievalTop5,
    double LogScale, double LearningRate, double Seconds)
{
    /// <summary>Held-out clips the retrieval ran over.</summary>
    public int HeldOutClips { get; init; }

    /// <summary>Top-1 by chance over all held-out clips (1 / clips); top-5 chance is five times this.</summary>
    public double RetrievalChanceTop1 { get; init; } = double.NaN;

    /// <summary>
    /// Retrieval top-1 among the clips of the query's own night only: every candidate shares the subject and
    /// the night, so this measures what the clip itself carries. NaN when the data does not know the nights.
    /// </summary>
    public double NightRetrievalTop1 { get; init; } = double.NaN;

    /// <summary>Retrieval top-5 among the clips of the query's own night.</summary>
    public double NightRetrievalTop5 { get; init; } = double.NaN;

    /// <summary>Top-1 by chance within a night (mean of 1 / clips of the query's night); top-5 chance is five times this.</summary>
    public double NightRetrievalChanceTop1 { get; init; } = double.NaN;

    /// <summary>
    /// Effective rank of the held-out clip embeddings, mean over modalities (see
    /// <see cref="Losses.EmbeddingEffectiveRank"/>); ≈ 1 means the representation collapsed onto one axis. NaN in files
    /// written before this column existed.
    /// </summary>
    public double EffectiveRank { get; init; } = double.NaN;
}
