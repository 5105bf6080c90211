namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// scikit-learn's <c>_binary_clf_curve</c>: for each distinct score, from highest to lowest, the cumulative true and
/// false positives when everything scoring ≥ it is called positive. Tied scores form one point, which is what makes
/// ROC AUC count ties as ½ and average precision treat a tie as one step. Sorting once makes this O(N log N).
/// </summary>
internal sealed class BinaryCurve
{
    BinaryCurve(double[] thresholds, long[] truePositives, long[] falsePositives, int count)
    {
        Thresholds = thresholds;
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        Count = count;
    }

    /// <summary>Distinct scores, descending; only the first <see cref="Count"/> entries are used.</summary>
    public double[] Thresholds { get; }

    /// <summary>Positives scoring ≥ Thresholds[i].</summary>
    public long[] TruePositives { get; }

    /// <summary>Negatives scoring ≥ Thresholds[i].</summary>
    public long[] FalsePositives { get; }

    /// <summary>Number of distinct thresholds.</summary>
    public int Count { get; }

    /// <summary>Total positives P in y_true.</summary>
    public long Positives => TruePositives[Count - 1];

    /// <summary>Total negatives in y_true.</summary>
    public long Negatives => FalsePositives[Count - 1];

    /// <param name="yTrue">Labels 0/1, length N ≥ 1.</param>
    /// <param name="scores">Finite scores, length N; higher means more likely positive.</param>
    public static BinaryCurve Compute(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> scores)
    {
        InputChecks.NotEmpty(yTrue.Length, "y_true");
        InputChecks.SameLength(yTrue.Length, scores.Length, "y_score");
        InputChecks.BinaryLabels(yTrue, "y_true");
        InputChecks.Finite(scores, "y_score");
        int n = yTrue.Length;
        var keys = scores.ToArray();
        var labels = yTrue.ToArray();
        Array.Sort(keys, labels);
        var thresholds = new double[n];
        var tps = new long[n];
        var fps = new long[n];
        long tp = 0, fp = 0;
        int count = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            if (labels[i] == 1) tp++; else fp++;
            // A point closes where the next (lower) score differs; −0.0 and 0.0 count as one score, as in np.diff.
            if (i == 0 || keys[i - 1] != keys[i])
            {
                thresholds[count] = keys[i];
                tps[count] = tp;
                fps[count] = fp;
                count++;
            }
        }
        return new BinaryCurve(thresholds, tps, fps, count);
    }
}
