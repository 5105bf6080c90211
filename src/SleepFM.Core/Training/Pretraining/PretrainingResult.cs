namespace SleepFM.Training.Pretraining;

/// <summary>The outcome of <see cref="Pretrainer.Run"/>.</summary>
/// <param name="OutputDirectory">The run folder (encoder.bin, encoder.pt, history.csv, checkpoints/).</param>
/// <param name="Steps">Optimizer steps completed.</param>
/// <param name="History">One record per finished epoch.</param>
public sealed record PretrainingResult(string OutputDirectory, long Steps, IReadOnlyList<EpochRecord> History);
