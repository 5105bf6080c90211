using SleepFM.Models;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// The run presets every command shares: <c>tiny</c> (tests and smoke checks, seconds), <c>quick</c>
/// (the main job on a 2-core CPU, minutes) and <c>paper</c> (the paper's encoder and schedule).
/// tiny and quick train one encoder per modality (SPEC §2 allows it): in their few hundred steps a single shared
/// encoder did not learn to align the modalities at all (README beside this file).
/// </summary>
public static class PretrainingPresets
{
    /// <summary>
    /// ln(1 / 0.07), CLIP's initial temperature, used by the quick preset: from SPEC's t = 0 (temperature 1) the
    /// log-scale rises only to ≈ 0.15 in the quick preset's few hundred steps, and held-out retrieval stayed lower.
    /// </summary>
    public const double ClipInitialLogScale = 2.6592600369327779;

    /// <summary>Names accepted by <see cref="FromName"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["tiny", "quick", "paper"];

    /// <summary>The pretraining configuration of a preset (modalities are set from the data by the caller).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static PretrainingConfig FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "tiny" => new PretrainingConfig { Encoder = EncoderConfig.Tiny, SharedEncoder = false, Epochs = 2, BatchSize = 8, WarmupSteps = 2, LearningRate = 2e-3, CheckpointEverySteps = 20 },
        "quick" => new PretrainingConfig
        {
            Encoder = EncoderConfig.Small, SharedEncoder = false, Epochs = 4, BatchSize = 32, WarmupSteps = 10, LearningRate = 2e-3,
            InitialLogScale = ClipInitialLogScale, CheckpointEverySteps = 50,
        },
        "paper" => new PretrainingConfig { Encoder = EncoderConfig.Paper, Epochs = 10, BatchSize = 32, WarmupSteps = 500, LearningRate = 1e-3 },
        _ => throw new ArgumentException($"Unknown preset '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };
}
