using SleepFM.Training.FineTuning;

namespace SleepFM.Reproduction;

/// <summary>What <c>sleepfm reproduce</c> (and the notebooks) run, and where.</summary>
public sealed record ReproductionOptions
{
    /// <summary>The shared preset name: tiny, quick or paper (see <see cref="ReproductionPreset"/>).</summary>
    public string Preset { get; init; } = "quick";

    /// <summary>Results folder; every stage writes below it and reuses what a previous run finished.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>A data root laid out as <c>data/README.md</c> describes (real downloads); null for the synthetic world, generated into <c>OUT/data</c>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Seed of the synthetic world and of pretraining.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Fine-tuning seeds per regime (1, 2, …); null for the preset's.</summary>
    public int? FineTuningSeeds { get; init; }

    /// <summary>Overrides of the preset's fine-tuning epochs and patience.</summary>
    public FineTuningBudget FineTuningBudget { get; init; } = FineTuningBudget.Preset;

    /// <summary>Random channel subsets per size in the ablations; null for the preset's.</summary>
    public int? AblationSubsets { get; init; }

    /// <summary>Task ids to run; null for all eight.</summary>
    public IReadOnlyList<string>? Tasks { get; init; }
}
