namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Mean ± standard deviation of one metric over independent training seeds, the way the paper reports results.
/// </summary>
/// <remarks>
/// The std uses ddof = 1 by default (the sample std, <c>np.std(x, ddof=1)</c> = pandas' <c>Series.std()</c>): the
/// seeds are a small sample of possible training runs, and with 3–5 seeds the ddof = 0 (numpy default) value is
/// biased low by 10–20%. Figure data of this kind is usually aggregated with pandas, whose default is also ddof = 1.
/// A single seed then has an undefined std (NaN), as in pandas.
/// </remarks>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">√(Σ(x − mean)² / (Count − DeltaDegreesOfFreedom)); NaN when Count ≤ ddof.</param>
/// <param name="Count">Number of seeds.</param>
/// <param name="DeltaDegreesOfFreedom">The ddof used (1 by default).</param>
public sealed record SeedSummary(double Mean, double StandardDeviation, int Count, int DeltaDegreesOfFreedom)
{
    /// <summary>Summarises per-seed values. Non-finite values propagate (a NaN seed makes the summary NaN).</summary>
    /// <param name="values">One metric value per seed, at least one.</param>
    /// <param name="deltaDegreesOfFreedom">0 (population, numpy default) or 1 (sample, pandas default; the default here).</param>
    public static SeedSummary Of(ReadOnlySpan<double> values, int deltaDegreesOfFreedom = 1)
    {
        if (values.IsEmpty) throw new ArgumentException("Need at least one seed's value.", nameof(values));
        if (deltaDegreesOfFreedom is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(deltaDegreesOfFreedom), deltaDegreesOfFreedom, "ddof must be 0 or 1.");
        double sum = 0;
        foreach (var v in values) sum += v;
        double mean = sum / values.Length;
        double squares = 0;
        foreach (var v in values) squares += (v - mean) * (v - mean);
        int dof = values.Length - deltaDegreesOfFreedom;
        double std = dof > 0 ? Math.Sqrt(squares / dof) : double.NaN;
        return new SeedSummary(mean, std, values.Length, deltaDegreesOfFreedom);
    }

    /// <summary>"0.826 ± 0.002" with the given number of decimals (invariant culture).</summary>
    /// <param name="decimals">Digits after the point, in [0, 15].</param>
    public string Format(int decimals = 3)
    {
        var format = "F" + Math.Clamp(decimals, 0, 15);
        return Mean.ToString(format, System.Globalization.CultureInfo.InvariantCulture) + " ± " +
               StandardDeviation.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
