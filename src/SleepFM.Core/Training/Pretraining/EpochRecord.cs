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
    double LogScale, double LearningRate, double Seconds);
