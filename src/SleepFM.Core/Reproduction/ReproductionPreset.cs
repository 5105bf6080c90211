namespace SleepFM.Reproduction;

/// <summary>
/// How big each stage of a reproduction is for a shared preset name. The pretraining and fine-tuning settings of
/// the same name live in <c>PretrainingPresets</c> and <c>FineTuningPresets</c>.
/// </summary>
/// <param name="Name">tiny, quick or paper.</param>
/// <param name="SynthesisPreset">The synthetic world's preset (tiny, quick or large).</param>
/// <param name="FineTuningSeeds">Seeds per (task, regime): at least 2 so Figure 2 has a ± .</param>
/// <param name="AblationSubsets">Random channel subsets per size (the paper: 5).</param>
public sealed record ReproductionPreset(string Name, string SynthesisPreset, int FineTuningSeeds, int AblationSubsets)
{
    /// <summary>Smoke checks and tests: the same stages in well under two minutes.</summary>
    public static ReproductionPreset Tiny { get; } = new("tiny", "tiny", 2, 2);

    /// <summary>The main job on a 2-core CPU: two seeds per regime keep it near the time budget (<c>--seeds 3</c> for more).</summary>
    public static ReproductionPreset Quick { get; } = new("quick", "quick", 2, 5);

    /// <summary>The paper's encoder and schedules (meant for real data on a GPU).</summary>
    public static ReproductionPreset Paper { get; } = new("paper", "large", 3, 5);

    /// <summary>The presets.</summary>
    public static IReadOnlyList<ReproductionPreset> All { get; } = [Tiny, Quick, Paper];

    /// <summary>A preset by name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the valid ones.</exception>
    public static ReproductionPreset FromName(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown preset '{name}'; expected one of {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
}
