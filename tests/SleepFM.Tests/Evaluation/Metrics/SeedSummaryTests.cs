using SleepFM.Evaluation.Metrics;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Mean ± std over seeds with the documented ddof.</summary>
public sealed class SeedSummaryTests
{
    [Fact]
    public void Default_is_sample_std_ddof_1()
    {
        // Values 1, 2, 3, 4: squares about the mean sum to 5; ddof=1 → √(5/3), ddof=0 → √(5/4).
        var s = SeedSummary.Of([1.0, 2.0, 3.0, 4.0]);
        Assert.Equal(2.5, s.Mean, 15);
        Assert.Equal(Math.Sqrt(5.0 / 3), s.StandardDeviation, 15);
        Assert.Equal(1, s.DeltaDegreesOfFreedom);
        Assert.Equal(Math.Sqrt(5.0 / 4), SeedSummary.Of([1.0, 2.0, 3.0, 4.0], 0).StandardDeviation, 15);
        Assert.Equal("2.500 ± 1.291", s.ToString());
    }

    [Fact]
    public void One_seed_has_undefined_std_and_empty_input_throws()
    {
        Assert.True(double.IsNaN(SeedSummary.Of([0.8]).StandardDeviation));
        Assert.Equal(0, SeedSummary.Of([0.8], 0).StandardDeviation);
        Assert.Throws<ArgumentException>(() => SeedSummary.Of([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedSummary.Of([1.0], 2));
    }
}
