namespace SleepFM.Evaluation.Metrics;

/// <summary>Settings of a percentile bootstrap over sample indices.</summary>
/// <param name="Resamples">Number of resamples drawn, in [1, 1 000 000]; 1000 is customary for a 95% interval.</param>
/// <param name="Seed">Seed of the index sampler (<see cref="System.Random"/>'s seeded algorithm, stable across .NET
/// versions), so the same seed gives the same interval.</param>
/// <param name="ConfidenceLevel">Central coverage in (0, 1): 0.95 gives the 2.5th and 97.5th percentiles.</param>
public sealed record BootstrapOptions(int Resamples = 1000, int Seed = 0, double ConfidenceLevel = 0.95)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (Resamples < 1 || Resamples > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(Resamples), Resamples, "Resamples must be in [1, 1000000].");
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "Confidence level must be in (0, 1), e.g. 0.95.");
    }
}
