namespace SleepFM.Evaluation.Metrics;

/// <summary>A percentile-bootstrap confidence interval for one metric.</summary>
/// <param name="Estimate">The metric on the full, unresampled data (NaN when it is undefined there).</param>
/// <param name="Lower">Lower percentile (2.5th for 95%) of the valid resampled values; NaN when none was valid.</param>
/// <param name="Upper">Upper percentile (97.5th for 95%); NaN when none was valid.</param>
/// <param name="ConfidenceLevel">Central coverage, e.g. 0.95.</param>
/// <param name="Resamples">Resamples drawn.</param>
/// <param name="Skipped">Resamples on which the metric was undefined (it threw <see cref="UndefinedMetricException"/>
/// or returned a non-finite value, e.g. a single class drawn for AUROC); they are left out of the percentiles.</param>
public sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double ConfidenceLevel, int Resamples, int Skipped)
{
    /// <summary>Resamples that entered the percentiles.</summary>
    public int Valid => Resamples - Skipped;

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Estimate:F3} [{Lower:F3}, {Upper:F3}] ({ConfidenceLevel:P0} CI, {Valid}/{Resamples} resamples)");
}
