namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Percentile-bootstrap confidence intervals for any metric: resample the N sample indices with replacement
/// (seeded), recompute the metric, and take the (1 ± level)/2 percentiles of the values with numpy's default
/// linear interpolation (<c>np.percentile(values, [2.5, 97.5])</c>). Resamples where the metric is undefined are
/// skipped and counted, never silently turned into numbers.
/// </summary>
public static class Bootstrap
{
    /// <summary>
    /// General form: <paramref name="metric"/> receives the resampled indices (length N, values in [0, N)) and
    /// gathers whatever it needs. The array is reused between calls; do not keep it.
    /// </summary>
    /// <param name="sampleCount">N ≥ 1.</param>
    /// <param name="metric">Metric of a resample; throw <see cref="UndefinedMetricException"/> or return NaN where undefined.</param>
    /// <param name="options">Resamples, seed and level; defaults to 1000 resamples, seed 0, 95%.</param>
    public static BootstrapInterval Run(int sampleCount, Func<int[], double> metric, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (sampleCount < 1) throw new ArgumentOutOfRangeException(nameof(sampleCount), sampleCount, "Need at least one sample.");
        options ??= new BootstrapOptions();
        options.Validate();

        var identity = new int[sampleCount];
        for (int i = 0; i < sampleCount; i++) identity[i] = i;
        double estimate = Evaluate(metric, identity);

        var random = new Random(options.Seed);
        var indices = new int[sampleCount];
        var values = new List<double>(options.Resamples);
        for (int r = 0; r < options.Resamples; r++)
        {
            for (int i = 0; i < sampleCount; i++) indices[i] = random.Next(sampleCount);
            double value = Evaluate(metric, indices);
            if (double.IsFinite(value)) values.Add(value);
        }
        int skipped = options.Resamples - values.Count;
        if (values.Count == 0)
            return new BootstrapInterval(estimate, double.NaN, double.NaN, options.ConfidenceLevel, options.Resamples, skipped);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double tail = (1 - options.ConfidenceLevel) / 2 * 100;
        return new BootstrapInterval(estimate, Percentile(sorted, tail), Percentile(sorted, 100 - tail),
            options.ConfidenceLevel, options.Resamples, skipped);
    }

    /// <summary>
    /// Bootstrap of a metric over hard predictions, e.g. <c>(t, p) =&gt; ClassificationMetrics.BalancedAccuracy(t, p)</c>.
    /// The resampled arrays passed to <paramref name="metric"/> are reused between calls.
    /// </summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, length N.</param>
    /// <param name="metric">Metric of (y_true, y_pred).</param>
    /// <param name="options">Resamples, seed and level.</param>
    public static BootstrapInterval ForLabels(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, Func<int[], int[], double> metric, BootstrapOptions? options = null)
    {
        InputChecks.SameLength(yTrue.Length, yPred.Length, "y_pred");
        var (t, p) = (yTrue.ToArray(), yPred.ToArray());
        var (bt, bp) = (new int[t.Length], new int[t.Length]);
        return Run(t.Length, idx =>
        {
            for (int i = 0; i < idx.Length; i++) { bt[i] = t[idx[i]]; bp[i] = p[idx[i]]; }
            return metric(bt, bp);
        }, options);
    }

    /// <summary>
    /// Bootstrap of a metric over one score per sample, e.g. <c>(t, s) =&gt; RankingMetrics.RocAuc(t, s)</c>.
    /// Resamples holding a single class are skipped for AUROC.
    /// </summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="scores">Scores, length N.</param>
    /// <param name="metric">Metric of (y_true, scores).</param>
    /// <param name="options">Resamples, seed and level.</param>
    public static BootstrapInterval ForScores(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> scores, Func<int[], double[], double> metric, BootstrapOptions? options = null)
    {
        InputChecks.SameLength(yTrue.Length, scores.Length, "y_score");
        var (t, s) = (yTrue.ToArray(), scores.ToArray());
        var (bt, bs) = (new int[t.Length], new double[t.Length]);
        return Run(t.Length, idx =>
        {
            for (int i = 0; i < idx.Length; i++) { bt[i] = t[idx[i]]; bs[i] = s[idx[i]]; }
            return metric(bt, bs);
        }, options);
    }

    /// <summary>
    /// Bootstrap of a metric over a score matrix, e.g. <c>(t, p) =&gt; RankingMetrics.RocAucOneVsRest(t, p)</c>; rows are
    /// resampled together. Resamples missing a class are skipped for one-vs-rest metrics.
    /// </summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="scores">[N, K] scores.</param>
    /// <param name="metric">Metric of (y_true, scores).</param>
    /// <param name="options">Resamples, seed and level.</param>
    public static BootstrapInterval ForScoreMatrix(ReadOnlySpan<int> yTrue, double[,] scores, Func<int[], double[,], double> metric, BootstrapOptions? options = null)
    {
        InputChecks.Matrix(scores, yTrue.Length, "scores");
        int n = yTrue.Length, k = scores.GetLength(1);
        var t = yTrue.ToArray();
        var (bt, bs) = (new int[n], new double[n, k]);
        return Run(n, idx =>
        {
            for (int i = 0; i < n; i++)
            {
                bt[i] = t[idx[i]];
                for (int c = 0; c < k; c++) bs[i, c] = scores[idx[i], c];
            }
            return metric(bt, bs);
        }, options);
    }

    /// <summary>
    /// The q-th percentile of ascending <paramref name="sorted"/> with numpy's default 'linear' method, including its
    /// two-sided interpolation formula, so results match <c>np.percentile</c> to the last bit in ordinary cases.
    /// </summary>
    /// <param name="sorted">Ascending, non-empty.</param>
    /// <param name="q">Percentile in [0, 100].</param>
    public static double Percentile(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty) throw new ArgumentException("Percentile of an empty set.", nameof(sorted));
        if (!(q >= 0 && q <= 100)) throw new ArgumentOutOfRangeException(nameof(q), q, "Percentile must be in [0, 100].");
        double position = q / 100 * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        double t = position - below, a = sorted[below], b = sorted[above], difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    static double Evaluate(Func<int[], double> metric, int[] indices)
    {
        try
        {
            return metric(indices);
        }
        catch (UndefinedMetricException)
        {
            return double.NaN;
        }
    }
}
