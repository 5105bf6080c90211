namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Threshold-free metrics over scores, equal to scikit-learn 1.2. Each sorts the scores once (O(N log N); 10⁶
/// samples take well under a second) and groups tied scores into one curve point, exactly as
/// <c>_binary_clf_curve</c> does.
/// </summary>
/// <remarks>
/// Undefined cases throw <see cref="UndefinedMetricException"/> where sklearn raises <c>ValueError</c>: ROC AUC with a
/// single class in y_true, and one-vs-rest averages with a class absent from y_true (sklearn 1.2:
/// "Number of classes in y_true not equal to the number of columns in 'y_score'"). Average precision with no
/// positives returns 0 with a warning, as sklearn does. Constant scores give ROC AUC 0.5 and average precision =
/// the positive rate.
/// </remarks>
public static class RankingMetrics
{
    /// <summary>
    /// Area under the ROC curve: <c>roc_auc_score(y_true, y_score)</c>, i.e. the trapezoid rule over the ROC points of
    /// the distinct thresholds (<c>auc(*roc_curve(...)[:2])</c>), so a tie between a positive and a negative counts ½.
    /// Computed from integer counts, so the only rounding is the final division.
    /// </summary>
    /// <param name="yTrue">Labels 0/1, length N ≥ 1, both classes present.</param>
    /// <param name="scores">Finite scores for class 1, length N.</param>
    /// <returns>In [0, 1].</returns>
    /// <exception cref="UndefinedMetricException">y_true holds a single class.</exception>
    public static double RocAuc(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> scores)
    {
        var curve = BinaryCurve.Compute(yTrue, scores);
        long positives = curve.Positives, negatives = curve.Negatives;
        if (positives == 0 || negatives == 0)
            throw new UndefinedMetricException("roc_auc", "only one class present in y_true (ROC AUC is not defined in that case).");
        // Twice the trapezoid area in count units: Σ ΔFP · (TPᵢ + TPᵢ₋₁); at most 2·P·N < 2⁶³ for any N < 2³¹.
        long twiceArea = 0, previousTp = 0, previousFp = 0;
        for (int i = 0; i < curve.Count; i++)
        {
            long tp = curve.TruePositives[i], fp = curve.FalsePositives[i];
            twiceArea += (fp - previousFp) * (tp + previousTp);
            previousTp = tp;
            previousFp = fp;
        }
        return twiceArea / (2.0 * positives * negatives);
    }

    /// <summary>
    /// Average precision, the step-wise (not trapezoidal) area under the precision-recall curve:
    /// <c>average_precision_score(y_true, y_score)</c> = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct thresholds.
    /// </summary>
    /// <param name="yTrue">Labels 0/1, length N ≥ 1.</param>
    /// <param name="scores">Finite scores for class 1, length N.</param>
    /// <param name="warnings">Receives sklearn's "no positive class found in y_true" warning (the result is then 0).</param>
    /// <returns>In [0, 1].</returns>
    public static double AveragePrecision(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> scores, IList<MetricWarning>? warnings = null)
    {
        var curve = BinaryCurve.Compute(yTrue, scores);
        long positives = curve.Positives;
        if (positives == 0)
        {
            // sklearn sets recall to 1 everywhere; the only step is at the lowest threshold, where precision is 0.
            warnings?.Add(new MetricWarning("average_precision", "no positive class found in y_true; recall is set to one for all thresholds and AP is 0."));
            return 0;
        }
        double sum = 0;
        long previousTp = 0;
        for (int i = 0; i < curve.Count; i++)
        {
            long tp = curve.TruePositives[i];
            if (tp != previousTp) sum += (tp - previousTp) * ((double)tp / (tp + curve.FalsePositives[i]));
            previousTp = tp;
        }
        return sum / positives;
    }

    /// <summary>scikit-learn 1.2's <c>precision_recall_curve(y_true, probas_pred)</c>; see <see cref="Metrics.PrecisionRecallCurve"/>.</summary>
    /// <param name="yTrue">Labels 0/1, length N ≥ 1.</param>
    /// <param name="scores">Finite scores for class 1, length N.</param>
    /// <param name="warnings">Receives the "no positive class" warning (recall is then 1 at every threshold).</param>
    public static PrecisionRecallCurve PrecisionRecall(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> scores, IList<MetricWarning>? warnings = null)
    {
        var curve = BinaryCurve.Compute(yTrue, scores);
        int t = curve.Count;
        long positives = curve.Positives;
        if (positives == 0)
            warnings?.Add(new MetricWarning("precision_recall_curve", "no positive class found in y_true; recall is set to one for all thresholds."));
        var precision = new double[t + 1];
        var recall = new double[t + 1];
        var thresholds = new double[t];
        for (int i = 0; i < t; i++)
        {
            // sklearn reverses the curve so thresholds ascend.
            int j = t - 1 - i;
            double tp = curve.TruePositives[j];
            double predicted = tp + curve.FalsePositives[j];
            precision[i] = predicted == 0 ? 0 : tp / predicted;
            recall[i] = positives == 0 ? 1 : tp / positives;
            thresholds[i] = curve.Thresholds[j];
        }
        precision[t] = 1;
        recall[t] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }

    /// <summary>
    /// One-vs-rest macro ROC AUC for K mutually exclusive classes:
    /// <c>roc_auc_score(y_true, probabilities, multi_class='ovr', average='macro')</c>: the unweighted mean over classes
    /// k of the binary AUROC of (y_true == k) against column k.
    /// </summary>
    /// <param name="yTrue">Classes in [0, K), length N; every class must occur.</param>
    /// <param name="probabilities">[N, K] class probabilities; each row must sum to 1 within sklearn's
    /// <c>np.allclose</c> tolerance (|1 − Σ| ≤ 1e-8 + 1e-5·|Σ|), as sklearn requires.</param>
    /// <returns>In [0, 1].</returns>
    /// <exception cref="UndefinedMetricException">A class is absent from y_true (sklearn raises too).</exception>
    /// <exception cref="ArgumentException">Shapes disagree, labels are out of range, K &lt; 2 or rows are not probabilities.</exception>
    public static double RocAucOneVsRest(ReadOnlySpan<int> yTrue, double[,] probabilities)
    {
        CheckOneVsRest(yTrue, probabilities, "roc_auc_ovr", requireProbabilities: true);
        return MacroOverColumns(yTrue, probabilities, (y, s) => RocAuc(y, s));
    }

    /// <summary>
    /// One-vs-rest macro average precision: sklearn 1.2 has no multiclass <c>average_precision_score</c>, so this is
    /// <c>average_precision_score(label_binarize(y_true, classes=range(K)), probabilities, average='macro')</c>, the
    /// recipe used for <c>fixtures/reference/metrics.json</c>.
    /// </summary>
    /// <remarks>
    /// Unlike that recipe, which silently scores a class absent from y_true as 0 and averages it in, this throws, the
    /// same rule as <see cref="RocAucOneVsRest"/> (and what sklearn ≥ 1.3's native multiclass version does). Rows
    /// need not sum to 1.
    /// </remarks>
    /// <param name="yTrue">Classes in [0, K), length N; every class must occur.</param>
    /// <param name="probabilities">[N, K] finite class scores.</param>
    /// <returns>In [0, 1].</returns>
    /// <exception cref="UndefinedMetricException">A class is absent from y_true.</exception>
    public static double AveragePrecisionOneVsRest(ReadOnlySpan<int> yTrue, double[,] probabilities)
    {
        CheckOneVsRest(yTrue, probabilities, "average_precision_ovr", requireProbabilities: false);
        return MacroOverColumns(yTrue, probabilities, (y, s) => AveragePrecision(y, s));
    }

    // The unweighted mean over classes of a binary metric of (y_true == k) against column k.
    static double MacroOverColumns(ReadOnlySpan<int> yTrue, double[,] probabilities, Func<int[], double[], double> binaryMetric)
    {
        int k = probabilities.GetLength(1);
        var binary = new int[yTrue.Length];
        var column = new double[yTrue.Length];
        double sum = 0;
        for (int c = 0; c < k; c++)
        {
            OneVsRestColumn(yTrue, probabilities, c, binary, column);
            sum += binaryMetric(binary, column);
        }
        return sum / k;
    }

    static void CheckOneVsRest(ReadOnlySpan<int> yTrue, double[,] probabilities, string metric, bool requireProbabilities)
    {
        InputChecks.NotEmpty(yTrue.Length, "y_true");
        InputChecks.Matrix(probabilities, yTrue.Length, "probabilities");
        int k = probabilities.GetLength(1);
        if (k < 2) throw new ArgumentException($"probabilities has {k} column; one-vs-rest needs K ≥ 2 classes.", nameof(probabilities));
        InputChecks.ClassLabels(yTrue, k, "y_true");
        InputChecks.Finite(probabilities, "probabilities");
        if (requireProbabilities)
        {
            for (int i = 0; i < yTrue.Length; i++)
            {
                double rowSum = 0;
                for (int c = 0; c < k; c++) rowSum += probabilities[i, c];
                if (!(Math.Abs(1 - rowSum) <= 1e-8 + 1e-5 * Math.Abs(rowSum)))
                    throw new ArgumentException(
                        $"probabilities row {i} sums to {rowSum}; multiclass ROC AUC needs probabilities summing to 1 (apply softmax to logits).",
                        nameof(probabilities));
            }
        }
        Span<bool> seen = k <= 256 ? stackalloc bool[k] : new bool[k];
        seen.Clear();
        foreach (var y in yTrue) seen[y] = true;
        var absent = new List<int>();
        for (int c = 0; c < k; c++) if (!seen[c]) absent.Add(c);
        if (absent.Count > 0)
            throw new UndefinedMetricException(metric,
                $"class(es) {string.Join(", ", absent)} absent from y_true, so their one-vs-rest score is undefined (sklearn 1.2 raises too).");
    }

    static void OneVsRestColumn(ReadOnlySpan<int> yTrue, double[,] probabilities, int c, int[] binary, double[] column)
    {
        for (int i = 0; i < yTrue.Length; i++)
        {
            binary[i] = yTrue[i] == c ? 1 : 0;
            column[i] = probabilities[i, c];
        }
    }
}
