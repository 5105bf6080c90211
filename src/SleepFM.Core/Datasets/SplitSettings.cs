namespace SleepFM.Datasets;

/// <summary>How subjects are split (SPEC §1): group-shuffle 10% test, then 10% of the rest for validation, seed 42.</summary>
/// <param name="TestFraction">Fraction of subjects held out for test, in (0, 1).</param>
/// <param name="ValidationFraction">Fraction of the remaining subjects used for validation, in (0, 1).</param>
/// <param name="Seed">Seed of both shuffles (NumPy RandomState semantics), ≥ 0.</param>
public sealed record SplitSettings(double TestFraction = 0.1, double ValidationFraction = 0.1, uint Seed = 42)
{
    /// <summary>The paper's split.</summary>
    public static SplitSettings Paper { get; } = new();

    /// <summary>Checks the fractions; returns this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A fraction outside (0, 1).</exception>
    public SplitSettings Validate()
    {
        if (!(TestFraction > 0 && TestFraction < 1)) throw new ArgumentOutOfRangeException(nameof(TestFraction), TestFraction, "must be in (0, 1)");
        if (!(ValidationFraction > 0 && ValidationFraction < 1)) throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, "must be in (0, 1)");
        return this;
    }
}
