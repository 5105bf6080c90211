using System.Text.Json;
using System.Text.Json.Serialization;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Models.Heads;

namespace SleepFM.Training.FineTuning;

/// <summary>How a downstream model is fine-tuned (SPEC.md §5). Defaults are the paper's EEG protocol.</summary>
public sealed record FineTuningConfig
{
    static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>Scratch, PT, PT+PE or frozen.</summary>
    public Regime Regime { get; init; } = Regime.Pretrained;

    /// <summary>Encoder sizes (must match the pretrained weights for PT regimes; the PE is added for PT+PE).</summary>
    public EncoderConfig Encoder { get; init; } = EncoderConfig.Paper;

    /// <summary>Head sizes.</summary>
    public HeadConfig Head { get; init; } = new();

    /// <summary>Learning rate of the encoder (and, for EEG, of everything). Paper: 1e-4.</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>Learning rate of the head for multilabel (ECG) tasks. Paper: 1e-3.</summary>
    public double HeadLearningRate { get; init; } = 1e-3;

    /// <summary>AdamW weight decay, ≥ 0.</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Label smoothing of the cross-entropy (EEG tasks), in [0, 1). Paper: 0.1.</summary>
    public double LabelSmoothing { get; init; } = 0.1;

    /// <summary>
    /// Weight the cross-entropy by inverse class frequency. Off in the paper's description; useful
    /// for very rare positives (CHB-MIT seizures), since balanced accuracy is the score.
    /// </summary>
    public bool BalanceClasses { get; init; }

    /// <summary>Upper bound on epochs, ≥ 1. Paper: 100.</summary>
    public int MaxEpochs { get; init; } = 100;

    /// <summary>Early stopping: epochs without a lower validation loss, ≥ 1. Paper: 10.</summary>
    public int Patience { get; init; } = 10;

    /// <summary>Multilabel (ECG): linear warm-up epochs. Paper: 3.</summary>
    public int WarmupEpochs { get; init; } = 3;

    /// <summary>Multilabel (ECG): reduce-on-plateau factor in (0, 1).</summary>
    public double PlateauFactor { get; init; } = 0.5;

    /// <summary>Multilabel (ECG): epochs without improvement before the rate is reduced, ≥ 1.</summary>
    public int PlateauPatience { get; init; } = 2;

    /// <summary>LibTorch threads, ≥ 1.</summary>
    public int Threads { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid field.</summary>
    public FineTuningConfig Validate()
    {
        Encoder.Validate();
        Head.Validate(Encoder.EmbeddingDim);
        static void Check(bool ok, string field, object value, string range)
        {
            if (!ok) throw new ArgumentException($"FineTuningConfig.{field} must be {range}; got {value}.", field);
        }
        Check(LearningRate > 0, nameof(LearningRate), LearningRate, "> 0");
        Check(HeadLearningRate > 0, nameof(HeadLearningRate), HeadLearningRate, "> 0");
        Check(WeightDecay >= 0, nameof(WeightDecay), WeightDecay, "≥ 0");
        Check(LabelSmoothing >= 0 && LabelSmoothing < 1, nameof(LabelSmoothing), LabelSmoothing, "in [0, 1)");
        Check(MaxEpochs >= 1, nameof(MaxEpochs), MaxEpochs, "≥ 1");
        Check(Patience >= 1, nameof(Patience), Patience, "≥ 1");
        Check(WarmupEpochs >= 0, nameof(WarmupEpochs), WarmupEpochs, "≥ 0");
        Check(PlateauFactor > 0 && PlateauFactor < 1, nameof(PlateauFactor), PlateauFactor, "in (0, 1)");
        Check(PlateauPatience >= 1, nameof(PlateauPatience), PlateauPatience, "≥ 1");
        Check(Threads >= 1, nameof(Threads), Threads, "≥ 1");
        return this;
    }

    /// <summary>Indented JSON, enums by name.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Parses <see cref="ToJson"/> output.</summary>
    public static FineTuningConfig FromJson(string json) =>
        JsonSerializer.Deserialize<FineTuningConfig>(json, JsonOptions) ?? throw new InvalidDataException("Empty fine-tuning config JSON.");
}
