using System.Diagnostics;
using SleepFM.Evaluation.Metrics;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Hand-computed AUROC/AP cases, undefined cases, argument errors, and speed on 10⁶ samples.</summary>
public sealed class RankingMetricsTests
{
    [Fact]
    public void Tied_positive_and_negative_count_half()
    {
        // Pairs (pos, neg): (0.8, 0.5) win, (0.8, 0.2) win, (0.5, 0.5) tie, (0.5, 0.2) win → (3 + ½)/4.
        Assert.Equal(0.875, RankingMetrics.RocAuc([1, 0, 1, 0], [0.8, 0.5, 0.5, 0.2]), 15);
        Assert.Equal(0.5, RankingMetrics.RocAuc([1, 0, 1, 0, 0], [0.3, 0.3, 0.3, 0.3, 0.3]), 15);
    }

    [Fact]
    public void Average_precision_is_stepwise_not_trapezoid()
    {
        // Scores 0.9(+) 0.8(−) 0.7(+): AP = ½·1 + ½·(2/3) = 5/6; the trapezoid would give a different value.
        Assert.Equal(5.0 / 6, RankingMetrics.AveragePrecision([1, 0, 1], [0.9, 0.8, 0.7]), 15);
        // Constant scores: one step to recall 1 at precision = positive rate.
        Assert.Equal(0.4, RankingMetrics.AveragePrecision([1, 0, 1, 0, 0], [2, 2, 2, 2, 2]), 15);
    }

    [Fact]
    public void Single_class_auroc_throws_typed_and_ap_warns()
    {
        var e = Assert.Throws<UndefinedMetricException>(() => RankingMetrics.RocAuc([1, 1, 1], [0.1, 0.2, 0.3]));
        Assert.Equal("roc_auc", e.Metric);
        var warnings = new List<MetricWarning>();
        Assert.Equal(0, RankingMetrics.AveragePrecision([0, 0], [0.1, 0.2], warnings));
        Assert.Single(warnings);
    }

    [Fact]
    public void Non_finite_scores_and_non_binary_labels_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => RankingMetrics.RocAuc([0, 1], [0.1, double.NaN]));
        Assert.Throws<ArgumentException>(() => RankingMetrics.RocAuc([0, 2], [0.1, 0.2]));
        Assert.Throws<ArgumentException>(() => RankingMetrics.RocAuc([0, 1], [0.1]));
    }

    [Fact]
    public void One_vs_rest_requires_probabilities_and_every_class()
    {
        var notProbabilities = new double[,] { { 2, 1 }, { 0, 1 } };
        var e = Assert.Throws<ArgumentException>(() => RankingMetrics.RocAucOneVsRest([0, 1], notProbabilities));
        Assert.Contains("softmax", e.Message);
        var p = new double[,] { { 0.7, 0.2, 0.1 }, { 0.2, 0.7, 0.1 }, { 0.6, 0.3, 0.1 } };
        var absent = Assert.Throws<UndefinedMetricException>(() => RankingMetrics.RocAucOneVsRest([0, 1, 0], p));
        Assert.Contains("2", absent.Reason);
        Assert.Throws<ArgumentException>(() => RankingMetrics.RocAucOneVsRest([0, 1, 3], p));
    }

    [Fact]
    public void Two_class_one_vs_rest_equals_binary_auroc()
    {
        var rng = new Random(3);
        int n = 500;
        var y = new int[n];
        var p = new double[n, 2];
        var positive = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = rng.Next(2);
            positive[i] = Math.Round(Math.Clamp(0.5 + 0.2 * (2 * y[i] - 1) + 0.3 * (rng.NextDouble() - 0.5) * 2, 0, 1), 2);
            p[i, 1] = positive[i];
            p[i, 0] = 1 - positive[i];
        }
        Assert.Equal(RankingMetrics.RocAuc(y, positive), RankingMetrics.RocAucOneVsRest(y, p), 12);
    }

    [Fact]
    public void Auroc_and_ap_on_a_million_samples_take_well_under_a_second()
    {
        var rng = new Random(11);
        int n = 1_000_000;
        var y = new int[n];
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = rng.Next(2);
            s[i] = Math.Round(y[i] * 0.3 + rng.NextDouble(), 4);
        }
        RankingMetrics.RocAuc(y.AsSpan(0, 1000), s.AsSpan(0, 1000)); // JIT warm-up
        var watch = Stopwatch.StartNew();
        double auc = RankingMetrics.RocAuc(y, s);
        watch.Stop();
        // Two uniform variables shifted by 0.3: P(U + 0.3 > V) = 1 − 0.7²/2 = 0.755.
        Assert.InRange(auc, 0.75, 0.76);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"AUROC on 1e6 samples took {watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}
