namespace SleepFM.Training.Checkpoints;

/// <summary>Where a run stands: enough, with the saved tensors, to continue it exactly.</summary>
/// <param name="Step">Optimizer steps completed.</param>
/// <param name="Epoch">Epoch of the next step (0-based).</param>
/// <param name="BatchInEpoch">Batches of that epoch already consumed.</param>
/// <param name="EpochLossSum">Sum of the current epoch's training losses so far (for its mean).</param>
public sealed record TrainingPosition(long Step, int Epoch, int BatchInEpoch, double EpochLossSum);
