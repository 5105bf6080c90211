using System.Text.Json;
using System.Text.Json.Serialization;
using SleepFM.Models;
using SleepFM.Training.Schedules;

namespace SleepFM.Training.Pretraining;

/// <summary>Which optimiser pretraining uses (SPEC.md §3: SleepFM-clinical used SGD, SleepBench AdamW).</summary>
public enum OptimizerKind
{
    /// <summary>AdamW (β 0.9/0.999, decoupled weight decay).</summary>
    AdamW,
    /// <summary>SGD with momentum.</summary>
    Sgd,
}

/// <summary>Which contrastive objective pretraining uses (SPEC.md §3).</summary>
public enum ContrastiveObjective
{
    /// <summary>Leave-one-out: each modality against the mean of the others.</summary>
    LeaveOneOut,
    /// <summary>Pairwise CLIP over every pair of modalities.</summary>
    Pairwise,
}

/// <summary>
/// Everything that determines a pretraining run, saved as JSON beside every checkpoint. Same config,
/// data and thread count give bit-identical results.
/// </summary>
public sealed record PretrainingConfig
{
    static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>The encoder's sizes (the channel PE stays off: it is new at fine-tuning).</summary>
    public EncoderConfig Encoder { get; init; } = EncoderConfig.Paper;

    /// <summary>Modalities contrasted, at least two (SleepFM: BAS, ECG, RESP, EMG).</summary>
    public IReadOnlyList<string> Modalities { get; init; } = ["BAS", "ECG", "RESP", "EMG"];

    /// <summary>One encoder for every modality (SleepFM-clinical) or one each.</summary>
    public bool SharedEncoder { get; init; } = true;

    /// <summary>Leave-one-out (default) or pairwise.</summary>
    public ContrastiveObjective Objective { get; init; } = ContrastiveObjective.LeaveOneOut;

    /// <summary>Which clips share a batch: one montage per batch (default) or mixed, as the authors do.</summary>
    public BatchComposition Batches { get; init; } = BatchComposition.SameMontage;

    /// <summary>
    /// Initial value of the learnable log-scale t (logits are exp(t)·cosine), finite and ≥ 0. SPEC §3 and the
    /// authors start at 0, i.e. a softmax temperature of 1.
    /// </summary>
    public double InitialLogScale { get; init; }

    /// <summary>AdamW (default) or SGD.</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.AdamW;

    /// <summary>Peak learning rate, &gt; 0. Both references used 1e-3.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Weight decay, ≥ 0 (AdamW: decoupled; SGD: L2).</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>SGD momentum in [0, 1). SleepFM-clinical: 0.9.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Linear warm-up steps, ≥ 0.</summary>
    public int WarmupSteps { get; init; } = 100;

    /// <summary>Decay after warm-up.</summary>
    public ScheduleKind Schedule { get; init; } = ScheduleKind.Cosine;

    /// <summary>Step decay: steps between decays, ≥ 1.</summary>
    public int StepEvery { get; init; } = 1000;

    /// <summary>Step decay factor in (0, 1].</summary>
    public double StepGamma { get; init; } = 0.1;

    /// <summary>Clip the global gradient norm to this value; 0 disables clipping.</summary>
    public double GradientClipNorm { get; init; } = 1.0;

    /// <summary>Passes over the training clips, ≥ 1.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Clips per batch, ≥ 2 (contrastive learning needs negatives).</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Seed for weights, dropout and data order.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>LibTorch intra-op threads, ≥ 1; part of reproducibility (1 and 2 threads differ in the last digits).</summary>
    public int Threads { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Write a checkpoint every this many steps (and at every epoch end), ≥ 1.</summary>
    public int CheckpointEverySteps { get; init; } = 200;

    /// <summary>Checkpoints kept on disk (older ones are deleted), ≥ 1.</summary>
    public int CheckpointsKept { get; init; } = 2;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid field, its allowed range and its value.</summary>
    public void Validate()
    {
        Encoder.Validate();
        static void Check(bool ok, string field, object value, string range)
        {
            if (!ok) throw new ArgumentException($"PretrainingConfig.{field} must be {range}; got {value}.", field);
        }
        Check(Modalities.Count >= 2 && Modalities.Distinct().Count() == Modalities.Count, nameof(Modalities), string.Join(",", Modalities), "at least two distinct names");
        Check(InitialLogScale >= 0 && double.IsFinite(InitialLogScale), nameof(InitialLogScale), InitialLogScale, "finite and ≥ 0");
        Check(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "> 0");
        Check(WeightDecay >= 0, nameof(WeightDecay), WeightDecay, "≥ 0");
        Check(Momentum >= 0 && Momentum < 1, nameof(Momentum), Momentum, "in [0, 1)");
        Check(GradientClipNorm >= 0, nameof(GradientClipNorm), GradientClipNorm, "≥ 0");
        Check(Epochs >= 1, nameof(Epochs), Epochs, "≥ 1");
        Check(BatchSize >= 2, nameof(BatchSize), BatchSize, "≥ 2");
        Check(Threads >= 1, nameof(Threads), Threads, "≥ 1");
        Check(CheckpointEverySteps >= 1, nameof(CheckpointEverySteps), CheckpointEverySteps, "≥ 1");
        Check(CheckpointsKept >= 1, nameof(CheckpointsKept), CheckpointsKept, "≥ 1");
        CreateSchedule(1).Validate();
    }

    /// <summary>The learning-rate schedule for a run of <paramref name="totalSteps"/> steps.</summary>
    public LearningRateSchedule CreateSchedule(int totalSteps) =>
        new(LearningRate, WarmupSteps, Schedule, Math.Max(1, totalSteps), 0.0, StepEvery, StepGamma);

    /// <summary>Indented JSON, enums by name.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Parses <see cref="ToJson"/> output.</summary>
    public static PretrainingConfig FromJson(string json) =>
        JsonSerializer.Deserialize<PretrainingConfig>(json, JsonOptions) ?? throw new InvalidDataException("Empty pretraining config JSON.");
}
