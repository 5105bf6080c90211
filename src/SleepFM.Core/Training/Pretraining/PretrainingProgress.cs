namespace SleepFM.Training.Pretraining;

/// <summary>Reported after every training step (for progress bars in the CLI and notebooks).</summary>
/// <param name="Step">Steps completed so far (1-based after the first step).</param>
/// <param name="TotalSteps">Steps of the whole run.</param>
/// <param name="Epoch">0-based epoch of the step.</param>
/// <param name="Loss">Training loss of the step.</param>
/// <param name="LearningRate">Learning rate used for the step.</param>
/// <param name="ClipsPerSecond">Training throughput since this process started (or resumed).</param>
/// <param name="Remaining">Estimated time to finish, from the throughput so far.</param>
public sealed record PretrainingProgress(long Step, long TotalSteps, int Epoch, double Loss, double LearningRate, double ClipsPerSecond, TimeSpan Remaining);
