using SleepFM.Synthetic.Sleep;

namespace SleepFM.Synthetic;

/// <summary>
/// How much synthetic data to make. Named presets: <see cref="Tiny"/> (tests), <see cref="Quick"/>
/// (the main demo on a 2-core CPU), <see cref="Large"/> (benchmarks).
/// </summary>
public sealed record SynthesisPreset
{
    /// <summary>Preset name, recorded in the output's <c>synthesis.json</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Subjects per cohort (one night each), 1–10,000.</summary>
    public required int SubjectsPerCohort { get; init; }

    /// <summary>Recording length per night, hours (0.05–12); rounded down to whole 30-s epochs.</summary>
    public required double NightHours { get; init; }

    /// <summary>Length of the night whose sleep architecture is compressed into shorter recordings (see <see cref="HypnogramGenerator"/>), 4–12 h.</summary>
    public double NominalNightHours { get; init; } = 8;

    /// <summary>The sleep cohorts to generate.</summary>
    public IReadOnlyList<CohortDefinition> Cohorts { get; init; } = CohortDefinition.BuiltIn;

    /// <summary>2 cohorts × 2 subjects × 20-min nights: the whole sleep part in about a second.</summary>
    public static SynthesisPreset Tiny { get; } = new() { Name = "tiny", SubjectsPerCohort = 2, NightHours = 1.0 / 3 };

    /// <summary>
    /// 2 cohorts × 40 subjects × 37.5-min nights = 50 h, 3,000 one-minute clips (≈ 15–30 s on 2 cores). Many short
    /// (time-compressed) nights rather than a few long ones: with 16 training subjects the encoder learned to tell
    /// the training subjects apart and its held-out loss stopped falling.
    /// </summary>
    public static SynthesisPreset Quick { get; } = new() { Name = "quick", SubjectsPerCohort = 40, NightHours = 0.625 };

    /// <summary>2 cohorts × 40 subjects × full 8-h nights = 640 h.</summary>
    public static SynthesisPreset Large { get; } = new() { Name = "large", SubjectsPerCohort = 40, NightHours = 8 };

    /// <summary>The named presets.</summary>
    public static IReadOnlyList<SynthesisPreset> All { get; } = [Tiny, Quick, Large];

    /// <summary>A preset by name (case-insensitive).</summary>
    /// <param name="name">tiny, quick or large.</param>
    /// <exception cref="ArgumentException">Unknown name; the message lists the valid ones.</exception>
    public static SynthesisPreset FromName(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown synthesis preset '{name}'; expected one of: {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));

    /// <summary>Throws when a field is out of range.</summary>
    /// <exception cref="ArgumentException">A field is out of range or a cohort is invalid.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
        if (SubjectsPerCohort is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(SubjectsPerCohort), SubjectsPerCohort, "Must lie in [1, 10000].");
        if (!(NightHours >= 0.05 && NightHours <= 12)) throw new ArgumentOutOfRangeException(nameof(NightHours), NightHours, "Must lie in [0.05, 12] h.");
        if (!(NominalNightHours >= 4 && NominalNightHours <= 12)) throw new ArgumentOutOfRangeException(nameof(NominalNightHours), NominalNightHours, "Must lie in [4, 12] h.");
        if (Cohorts is null || Cohorts.Count == 0) throw new ArgumentException("At least one cohort is required.", nameof(Cohorts));
        if (Cohorts.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Cohorts.Count)
            throw new ArgumentException("Cohort names must be unique (they name folders).", nameof(Cohorts));
        foreach (var c in Cohorts) c.Validate();
    }
}
