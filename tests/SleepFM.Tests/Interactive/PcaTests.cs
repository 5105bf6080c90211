using SleepFM.Analysis;

namespace SleepFM.Tests.Interactive;

/// <summary>PCA against answers known in closed form.</summary>
public sealed class PcaTests
{
    [Fact]
    public void Points_on_a_line_give_its_direction_all_the_variance_and_their_positions_as_scores()
    {
        // x = c + t·u with u = (2, −1, 2)/3 and t = −2 … 2: PC1 = ±u, variance of t = 2.5, scores = t.
        double[] u = [2.0 / 3, -1.0 / 3, 2.0 / 3];
        var rows = Enumerable.Range(-2, 5).Select(t => new[] { (float)(1 + t * u[0]), (float)(5 + t * u[1]), (float)(-3 + t * u[2]) }).ToList();

        var pca = Pca.Fit(rows, 2);

        // Sign rule: the largest-magnitude coordinate is positive (the first of the tied ±2/3 wins, so +u).
        for (int j = 0; j < 3; j++) Assert.Equal(u[j], pca.Components[0][j], 6);
        Assert.Equal(2.5, pca.ExplainedVariance[0], 5);
        Assert.Equal(1.0, pca.ExplainedVarianceRatio[0], 6);
        Assert.Equal(0, pca.ExplainedVariance[1], 5);
        Assert.Equal([-2.0, -1, 0, 1, 2], pca.Scores.Select(s => Math.Round(s[0], 5)).ToArray());
        Assert.Equal([1.0, 5, -3], pca.Mean.Select(m => Math.Round(m, 5)).ToArray());
    }

    [Fact]
    public void Axis_aligned_spreads_come_out_sorted_by_variance_and_orthonormal()
    {
        // Variances 9 (axis 2), 4 (axis 0), 1 (axis 1): a ± pattern per axis over 8 corners.
        var rows = new List<float[]>();
        for (int i = 0; i < 8; i++)
            rows.Add([((i & 1) == 0 ? -2f : 2f), ((i & 2) == 0 ? -1f : 1f), ((i & 4) == 0 ? -3f : 3f)]);

        var pca = Pca.Fit(rows, 3);

        Assert.Equal([9 * 8 / 7.0, 4 * 8 / 7.0, 1 * 8 / 7.0], pca.ExplainedVariance.Select(v => Math.Round(v, 9)).ToArray().Select(v => v).ToArray(), new ToleranceComparer(1e-9));
        Assert.Equal([0.0, 0, 1], pca.Components[0].Select(v => Math.Round(v, 9)).ToArray());
        Assert.Equal([1.0, 0, 0], pca.Components[1].Select(v => Math.Round(v, 9)).ToArray());
        Assert.Equal([0.0, 1, 0], pca.Components[2].Select(v => Math.Round(v, 9)).ToArray());
    }

    [Fact]
    public void A_random_cloud_matches_the_eigen_equation_and_is_deterministic()
    {
        var rng = new Random(3);
        var rows = Enumerable.Range(0, 60).Select(_ => Enumerable.Range(0, 6).Select(j => (float)(rng.NextDouble() * (j + 1))).ToArray()).ToList();

        var a = Pca.Fit(rows, 3);
        var b = Pca.Fit(rows, 3);

        Assert.Equal(a.Scores.SelectMany(s => s), b.Scores.SelectMany(s => s));
        // Cov·v = λ·v for each axis.
        int d = 6, n = rows.Count;
        for (int c = 0; c < 3; c++)
            for (int i = 0; i < d; i++)
            {
                double cv = 0;
                for (int j = 0; j < d; j++)
                    cv += rows.Sum(r => (r[i] - a.Mean[i]) * (r[j] - a.Mean[j])) / (n - 1) * a.Components[c][j];
                Assert.Equal(a.ExplainedVariance[c] * a.Components[c][i], cv, 9);
            }
        Assert.True(a.ExplainedVariance[0] >= a.ExplainedVariance[1] && a.ExplainedVariance[1] >= a.ExplainedVariance[2]);
    }

    [Fact]
    public void Bad_input_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Pca.Fit([new float[] { 1, 2 }]));
        Assert.Throws<ArgumentException>(() => Pca.Fit([new float[] { 1, 2 }, new float[] { 1 }]));
        Assert.Throws<ArgumentException>(() => Pca.Fit([new float[] { 1, float.NaN }, new float[] { 1, 2 }]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pca.Fit([new float[] { 1, 2 }, new float[] { 3, 4 }], 3));
    }

    sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
