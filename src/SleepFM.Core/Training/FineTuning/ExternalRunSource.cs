using System.Text.Json;

namespace SleepFM.Training.FineTuning;

/// <summary>
/// <c>source.json</c> of a run that tests a model trained on another dataset.
/// </summary>
/// <param name="TrainedOn">The dataset the model was fine-tuned on, e.g. <c>code15</c>.</param>
/// <param name="Run">The training run folder, relative to this run's folder.</param>
/// <param name="OutputColumns">The model output scored as each of this task's classes.</param>
public sealed record ExternalRunSource(string TrainedOn, string Run, IReadOnlyList<int> OutputColumns)
{
    internal static JsonSerializerOptions JsonOptions { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
}
