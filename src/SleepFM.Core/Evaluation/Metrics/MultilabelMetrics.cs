namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Metrics for L independent 0/1 labels per sample (the ECG tasks), with scikit-learn 1.2 equivalents. Arrays are
/// [N, L]: y_true 0/1 ints, scores finite doubles (sigmoid outputs or logits; only the order within a label matters for
/// threshold choice and AUROC).
/// </summary>
/// <remarks>
/// Protocol (SPEC §5): each label's threshold maximises F1 on validation (<see cref="BestF1Thresholds"/>) and is applied
/// unchanged to test (<see cref="PerLabelF1"/>, <see cref="MacroF1"/>).
/// </remarks>
public static class MultilabelMetrics
{
    /// <summary>
    /// The F1-optimal threshold of one label: over <c>p, r, t = precision_recall_curve(y_true, score)</c>, the
    /// threshold <c>t[argmax(f1[:-1])]</c> with <c>f1 = 2·p·r/(p+r)</c> (0 where p+r = 0). The final PR point has no
    /// threshold and is excluded; ties go to the first (lowest) threshold, as <c>np.argmax</c> does. With no
    /// positives every F1 is 0, so the lowest score is chosen.
    /// </summary>
    /// <param name="yTrue">Labels 0/1, length N ≥ 1.</param>
    /// <param name="scores">Finite scores, length N.</param>
    public static ThresholdChoice BestF1Threshold(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> scores)
    {
        var curve = RankingMetrics.PrecisionRecall(yTrue, scores);
        var f1 = curve.F1ByThreshold();
        int best = 0;
        for (int i = 1; i < f1.Length; i++) if (f1[i] > f1[best]) best = i;
        return new ThresholdChoice(curve.Thresholds[best], f1[best]);
    }

    /// <summary>Applies <see cref="BestF1Threshold"/> to every label column of validation data.</summary>
    /// <param name="yTrue">[N, L] labels 0/1.</param>
    /// <param name="scores">[N, L] finite scores.</param>
    /// <returns>Length L.</returns>
    public static ThresholdChoice[] BestF1Thresholds(int[,] yTrue, double[,] scores)
    {
        int labels = CheckShapes(yTrue, scores);
        var choices = new ThresholdChoice[labels];
        var (truth, column) = (new int[yTrue.GetLength(0)], new double[yTrue.GetLength(0)]);
        for (int l = 0; l < labels; l++)
        {
            Column(yTrue, scores, l, truth, column);
            choices[l] = BestF1Threshold(truth, column);
        }
        return choices;
    }

    /// <summary>
    /// Per-label binary F1 at fixed thresholds: <c>f1_score(y_true, scores ≥ thresholds, average=None)</c>. A label with
    /// neither true nor predicted positives scores 0 with a warning (sklearn's zero_division='warn').
    /// </summary>
    /// <param name="yTrue">[N, L] labels 0/1.</param>
    /// <param name="scores">[N, L] finite scores.</param>
    /// <param name="thresholds">Length L; predict positive when score ≥ threshold.</param>
    /// <param name="warnings">Receives ill-defined precision/recall/F1 warnings, named by label index.</param>
    /// <returns>Length L, each in [0, 1].</returns>
    public static double[] PerLabelF1(int[,] yTrue, double[,] scores, ReadOnlySpan<double> thresholds, IList<MetricWarning>? warnings = null)
    {
        int labels = CheckShapes(yTrue, scores);
        if (thresholds.Length != labels)
            throw new ArgumentException($"thresholds has {thresholds.Length} entries but there are {labels} labels.", nameof(thresholds));
        int n = yTrue.GetLength(0);
        var truth = new int[n];
        var predicted = new int[n];
        var column = new double[n];
        var f1 = new double[labels];
        for (int l = 0; l < labels; l++)
        {
            Column(yTrue, scores, l, truth, column);
            for (int i = 0; i < n; i++) predicted[i] = column[i] >= thresholds[l] ? 1 : 0;
            var result = ClassificationMetrics.PrecisionRecallF1(truth, predicted, Averaging.Binary);
            f1[l] = result.F1;
            if (warnings is not null)
                foreach (var w in result.Warnings) warnings.Add(w with { Metric = $"label {l} {w.Metric}" });
        }
        return f1;
    }

    /// <summary>
    /// Unweighted mean of <see cref="PerLabelF1"/>: <c>f1_score(y_true, scores ≥ thresholds, average='macro')</c>; every
    /// label counts, including one with no positives (it contributes 0).
    /// </summary>
    /// <param name="yTrue">[N, L] labels 0/1.</param>
    /// <param name="scores">[N, L] finite scores.</param>
    /// <param name="thresholds">Length L.</param>
    /// <param name="warnings">Receives ill-defined per-label warnings.</param>
    public static double MacroF1(int[,] yTrue, double[,] scores, ReadOnlySpan<double> thresholds, IList<MetricWarning>? warnings = null) =>
        PerLabelF1(yTrue, scores, thresholds, warnings).Average();

    /// <summary>
    /// Unweighted mean of per-label ROC AUC: <c>roc_auc_score(y_true, scores, average='macro')</c> on multilabel input.
    /// </summary>
    /// <param name="yTrue">[N, L] labels 0/1; every label must have both a positive and a negative.</param>
    /// <param name="scores">[N, L] finite scores.</param>
    /// <exception cref="UndefinedMetricException">A label column holds one class only (sklearn raises too).</exception>
    public static double MacroRocAuc(int[,] yTrue, double[,] scores)
    {
        int labels = CheckShapes(yTrue, scores);
        var (truth, column) = (new int[yTrue.GetLength(0)], new double[yTrue.GetLength(0)]);
        double sum = 0;
        for (int l = 0; l < labels; l++)
        {
            Column(yTrue, scores, l, truth, column);
            try
            {
                sum += RankingMetrics.RocAuc(truth, column);
            }
            catch (UndefinedMetricException e)
            {
                throw new UndefinedMetricException("macro_roc_auc", $"label {l}: {e.Reason}");
            }
        }
        return sum / labels;
    }

    static int CheckShapes(int[,] yTrue, double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        InputChecks.NotEmpty(yTrue.GetLength(0), "y_true");
        InputChecks.Matrix(scores, yTrue.GetLength(0), "scores");
        if (scores.GetLength(1) != yTrue.GetLength(1))
            throw new ArgumentException($"scores has {scores.GetLength(1)} labels but y_true has {yTrue.GetLength(1)}.", nameof(scores));
        InputChecks.Finite(scores, "scores");
        return yTrue.GetLength(1);
    }

    static void Column(int[,] yTrue, double[,] scores, int label, int[] truth, double[] column)
    {
        for (int i = 0; i < truth.Length; i++)
        {
            truth[i] = yTrue[i, label];
            column[i] = scores[i, label];
        }
    }
}
