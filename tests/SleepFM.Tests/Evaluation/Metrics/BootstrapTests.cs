using SleepFM.Evaluation.Metrics;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Seeded percentile bootstrap: determinism, coverage of a known quantity, and skipped resamples.</summary>
public sealed class BootstrapTests
{
    static (int[] Truth, double[] Scores) Data(int n, int seed)
    {
        var rng = new Random(seed);
        var y = new int[n];
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = rng.Next(2);
            s[i] = y[i] * 0.5 + rng.NextDouble();
        }
        return (y, s);
    }

    [Fact]
    public void Same_seed_same_interval_and_different_seed_differs()
    {
        var (y, s) = Data(300, 1);
        var a = Bootstrap.ForScores(y, s, (t, x) => RankingMetrics.RocAuc(t, x), new BootstrapOptions(200, Seed: 7));
        var b = Bootstrap.ForScores(y, s, (t, x) => RankingMetrics.RocAuc(t, x), new BootstrapOptions(200, Seed: 7));
        var c = Bootstrap.ForScores(y, s, (t, x) => RankingMetrics.RocAuc(t, x), new BootstrapOptions(200, Seed: 8));
        Assert.Equal(a, b);
        Assert.NotEqual(a.Lower, c.Lower);
        Assert.Equal(RankingMetrics.RocAuc(y, s), a.Estimate);
        Assert.True(a.Lower < a.Estimate && a.Estimate < a.Upper, a.ToString());
        Assert.Equal(0, a.Skipped);
    }

    [Fact]
    public void Interval_of_a_mean_matches_the_normal_approximation()
    {
        // Bootstrap of a proportion p̂ = 0.3 with n = 1000: the 95% interval is about p̂ ± 1.96·√(p̂(1−p̂)/n) = ±0.0284.
        var y = Enumerable.Range(0, 1000).Select(i => i % 10 < 3 ? 1 : 0).ToArray();
        var ci = Bootstrap.ForLabels(y, y, (t, _) => t.Average(), new BootstrapOptions(2000, Seed: 3));
        Assert.Equal(0.3, ci.Estimate, 12);
        Assert.InRange(ci.Upper - ci.Lower, 2 * 0.0284 * 0.9, 2 * 0.0284 * 1.1);
        Assert.InRange((ci.Upper + ci.Lower) / 2, 0.295, 0.305);
    }

    [Fact]
    public void Resamples_with_a_single_class_are_skipped_and_counted()
    {
        // One positive in 20: a resample misses it with probability (19/20)^20 ≈ 36%, making AUROC undefined.
        var y = new int[20];
        y[0] = 1;
        var s = Enumerable.Range(0, 20).Select(i => i == 0 ? 0.9 : i / 40.0).ToArray();
        var ci = Bootstrap.ForScores(y, s, (t, x) => RankingMetrics.RocAuc(t, x), new BootstrapOptions(500, Seed: 1));
        Assert.InRange(ci.Skipped, 130, 230);
        Assert.Equal(500 - ci.Skipped, ci.Valid);
        Assert.Equal(1.0, ci.Upper);
    }

    [Fact]
    public void All_resamples_undefined_gives_nan_bounds()
    {
        var ci = Bootstrap.ForScores([1, 1, 1], [0.1, 0.2, 0.3], (t, x) => RankingMetrics.RocAuc(t, x), new BootstrapOptions(50));
        Assert.Equal(50, ci.Skipped);
        Assert.True(double.IsNaN(ci.Estimate) && double.IsNaN(ci.Lower) && double.IsNaN(ci.Upper));
    }

    [Fact]
    public void Score_matrix_rows_are_resampled_together()
    {
        var p = new double[,] { { 0.8, 0.1, 0.1 }, { 0.1, 0.8, 0.1 }, { 0.1, 0.1, 0.8 }, { 0.6, 0.3, 0.1 } };
        int[] y = [0, 1, 2, 0];
        // Perfectly ranked data stays perfect in every resample that keeps all three classes.
        var ci = Bootstrap.ForScoreMatrix(y, p, (t, x) => RankingMetrics.RocAucOneVsRest(t, x), new BootstrapOptions(100, Seed: 2));
        Assert.Equal((1.0, 1.0), (ci.Lower, ci.Upper));
        Assert.True(ci.Skipped > 0);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Run(10, _ => 0, new BootstrapOptions(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Run(10, _ => 0, new BootstrapOptions(ConfidenceLevel: 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Run(0, _ => 0));
    }
}
