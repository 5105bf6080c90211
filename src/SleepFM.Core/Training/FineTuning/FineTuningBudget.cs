namespace SleepFM.Training.FineTuning;

/// <summary>
/// Overrides of a preset's training length: e.g. to check whether a comparison made at the quick preset's short
/// budget survives training to convergence. Null fields keep the preset's value.
/// </summary>
/// <param name="MaxEpochs">Upper bound on epochs, ≥ 1, or null.</param>
/// <param name="Patience">Early-stopping patience in epochs, ≥ 1, or null.</param>
public sealed record FineTuningBudget(int? MaxEpochs = null, int? Patience = null)
{
    /// <summary>The preset's own budget.</summary>
    public static FineTuningBudget Preset { get; } = new();

    /// <summary>The configuration with this budget.</summary>
    /// <exception cref="ArgumentException">A value below 1.</exception>
    public FineTuningConfig ApplyTo(FineTuningConfig config) =>
        (config with { MaxEpochs = MaxEpochs ?? config.MaxEpochs, Patience = Patience ?? config.Patience }).Validate();
}
