using SleepFM.Models;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// The run presets every command shares: <c>tiny</c> (tests and smoke checks, seconds), <c>quick</c>
/// (the main job on a 2-core CPU, minutes) and <c>paper</c> (the paper's encoder and schedule).
/// </summary>
public static class PretrainingPresets
{
    /// <summary>Names accepted by <see cref="FromName"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["tiny", "quick", "paper"];

    /// <summary>The pretraining configuration of a preset (modalities are set from the data by the caller).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static PretrainingConfig FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "tiny" => new PretrainingConfig { Encoder = EncoderConfig.Tiny, Epochs = 2, BatchSize = 8, WarmupSteps = 2, LearningRate = 2e-3, CheckpointEverySteps = 20 },
        "quick" => new PretrainingConfig { Encoder = EncoderConfig.Small, Epochs = 2, BatchSize = 32, WarmupSteps = 10, LearningRate = 2e-3, CheckpointEverySteps = 50 },
        "paper" => new PretrainingConfig { Encoder = EncoderConfig.Paper, Epochs = 10, BatchSize = 32, WarmupSteps = 500, LearningRate = 1e-3 },
        _ => throw new ArgumentException($"Unknown preset '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };
}
