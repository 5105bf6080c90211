using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Models.Heads;
using SleepFM.Tasks;

namespace SleepFM.Training.FineTuning;

/// <summary>Fine-tuning settings of the shared presets (<c>tiny</c>, <c>quick</c>, <c>paper</c>) for a task and regime.</summary>
public static class FineTuningPresets
{
    /// <summary>The configuration; <paramref name="encoder"/> overrides the preset's encoder (it must match pretrained weights).</summary>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public static FineTuningConfig For(string preset, DownstreamTask task, Regime regime, EncoderConfig? encoder = null)
    {
        var config = preset.Trim().ToLowerInvariant() switch
        {
            "tiny" => new FineTuningConfig
            {
                Encoder = EncoderConfig.Tiny, MaxEpochs = 2, Patience = 2, WarmupEpochs = 1, LearningRate = 1e-3, HeadLearningRate = 3e-3,
                Head = new HeadConfig { ProjectionDim = 32, HiddenDim = 32, PositionGroups = 4, PositionKernel = 5 },
            },
            "quick" => new FineTuningConfig
            {
                Encoder = EncoderConfig.Small, MaxEpochs = 8, Patience = 3, WarmupEpochs = 1, LearningRate = 3e-4, HeadLearningRate = 1e-3,
                Head = new HeadConfig { ProjectionDim = 128, HiddenDim = 128 },
            },
            "paper" => new FineTuningConfig { Encoder = task.Family == SignalFamily.Ecg ? EncoderConfig.PaperEcg : EncoderConfig.Paper },
            _ => throw new ArgumentException($"Unknown preset '{preset}'; expected tiny, quick or paper.", nameof(preset)),
        };
        // Very rare positives (CHB-MIT seizures) are scored by balanced accuracy: weight the classes.
        return config with { Regime = regime, Encoder = encoder ?? config.Encoder, BalanceClasses = task.Id == TaskCatalog.ChbMit.Id };
    }
}
