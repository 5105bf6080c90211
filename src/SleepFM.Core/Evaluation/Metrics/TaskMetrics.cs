namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// The standard <see cref="MetricSet"/> of each task kind (SPEC §5), computed from kept predictions. Metrics that are
/// undefined on the data become NaN with a warning instead of throwing, so one degenerate split never loses the rest.
/// </summary>
public static class TaskMetrics
{
    /// <summary>
    /// Binary task: accuracy, balanced accuracy, sensitivity, specificity, F1 (class 1), κ, AUROC, AUPRC (average
    /// precision), in that order.
    /// </summary>
    /// <param name="yTrue">Labels 0/1, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels 0/1, length N.</param>
    /// <param name="positiveScores">Score or probability of class 1, length N, finite.</param>
    public static MetricSet Binary(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, ReadOnlySpan<double> positiveScores)
    {
        var warnings = new List<MetricWarning>();
        var values = new List<KeyValuePair<string, double>>
        {
            new(MetricNames.Accuracy, ClassificationMetrics.Accuracy(yTrue, yPred)),
            new(MetricNames.BalancedAccuracy, ClassificationMetrics.BalancedAccuracy(yTrue, yPred, warnings)),
            new(MetricNames.Sensitivity, ClassificationMetrics.Sensitivity(yTrue, yPred, warnings)),
            new(MetricNames.Specificity, ClassificationMetrics.Specificity(yTrue, yPred, warnings)),
            new(MetricNames.F1, ClassificationMetrics.F1(yTrue, yPred, Averaging.Binary, warnings)),
            new(MetricNames.CohenKappa, ClassificationMetrics.CohenKappa(yTrue, yPred, warnings)),
        };
        var (t, s) = (yTrue.ToArray(), positiveScores.ToArray());
        values.Add(new(MetricNames.Auroc, OrNaN(() => RankingMetrics.RocAuc(t, s), warnings)));
        values.Add(new(MetricNames.Auprc, RankingMetrics.AveragePrecision(t, s, warnings)));
        return new MetricSet(MetricTask.Binary, values, warnings);
    }

    /// <summary>Binary task with predictions score ≥ <paramref name="decisionThreshold"/> (a sigmoid output at 0.5).</summary>
    /// <param name="yTrue">Labels 0/1, length N ≥ 1.</param>
    /// <param name="positiveScores">Probability of class 1, length N, finite.</param>
    /// <param name="decisionThreshold">Predict 1 when score ≥ this.</param>
    public static MetricSet Binary(ReadOnlySpan<int> yTrue, ReadOnlySpan<double> positiveScores, double decisionThreshold = 0.5)
    {
        var predicted = new int[positiveScores.Length];
        for (int i = 0; i < predicted.Length; i++) predicted[i] = positiveScores[i] >= decisionThreshold ? 1 : 0;
        return Binary(yTrue, predicted, positiveScores);
    }

    /// <summary>
    /// Multiclass task: accuracy, balanced accuracy, κ, weighted F1, macro F1, AUROC (OvR macro), AUPRC (OvR macro),
    /// with predictions = row argmax (first maximum on ties, as <c>np.argmax</c>).
    /// </summary>
    /// <param name="yTrue">Classes in [0, K), length N ≥ 1.</param>
    /// <param name="probabilities">[N, K] softmax probabilities, finite.</param>
    public static MetricSet Multiclass(ReadOnlySpan<int> yTrue, double[,] probabilities)
    {
        var predicted = PredictedClasses(probabilities);
        InputChecks.SameLength(yTrue.Length, predicted.Length, "probabilities");
        InputChecks.ClassLabels(yTrue, probabilities.GetLength(1), "y_true");
        var warnings = new List<MetricWarning>();
        var weighted = ClassificationMetrics.PrecisionRecallF1(yTrue, predicted, Averaging.Weighted);
        var macro = ClassificationMetrics.PrecisionRecallF1(yTrue, predicted, Averaging.Macro);
        warnings.AddRange(macro.Warnings);
        var values = new List<KeyValuePair<string, double>>
        {
            new(MetricNames.Accuracy, ClassificationMetrics.Accuracy(yTrue, predicted)),
            new(MetricNames.BalancedAccuracy, ClassificationMetrics.BalancedAccuracy(yTrue, predicted, warnings)),
            new(MetricNames.CohenKappa, ClassificationMetrics.CohenKappa(yTrue, predicted, warnings)),
            new(MetricNames.WeightedF1, weighted.F1),
            new(MetricNames.MacroF1, macro.F1),
        };
        var t = yTrue.ToArray();
        values.Add(new(MetricNames.Auroc, OrNaN(() => RankingMetrics.RocAucOneVsRest(t, probabilities), warnings)));
        values.Add(new(MetricNames.Auprc, OrNaN(() => RankingMetrics.AveragePrecisionOneVsRest(t, probabilities), warnings)));
        return new MetricSet(MetricTask.Multiclass, values, warnings);
    }

    /// <summary>
    /// Multilabel task at fixed (validation-chosen) thresholds: macro F1, AUROC (label macro), then per label its F1
    /// and threshold (<see cref="MetricNames.LabelF1"/>, <see cref="MetricNames.LabelThreshold"/>).
    /// </summary>
    /// <param name="yTrue">[N, L] labels 0/1.</param>
    /// <param name="scores">[N, L] finite scores.</param>
    /// <param name="thresholds">Length L, e.g. from <see cref="MultilabelMetrics.BestF1Thresholds"/> on validation.</param>
    /// <param name="labelNames">Length L names such as "RBBB"; label indices "0", "1", … when null.</param>
    public static MetricSet Multilabel(int[,] yTrue, double[,] scores, ReadOnlySpan<double> thresholds, IReadOnlyList<string>? labelNames = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        int labels = yTrue.GetLength(1);
        if (labelNames is not null && labelNames.Count != labels)
            throw new ArgumentException($"labelNames has {labelNames.Count} names but there are {labels} labels.", nameof(labelNames));
        var warnings = new List<MetricWarning>();
        var perLabel = MultilabelMetrics.PerLabelF1(yTrue, scores, thresholds, warnings);
        var values = new List<KeyValuePair<string, double>>
        {
            new(MetricNames.MacroF1, perLabel.Average()),
            new(MetricNames.Auroc, OrNaN(() => MultilabelMetrics.MacroRocAuc(yTrue, scores), warnings)),
        };
        for (int l = 0; l < labels; l++)
        {
            var name = labelNames?[l] ?? l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values.Add(new(MetricNames.LabelF1(name), perLabel[l]));
            values.Add(new(MetricNames.LabelThreshold(name), thresholds[l]));
        }
        return new MetricSet(MetricTask.Multilabel, values, warnings);
    }

    /// <summary>Row-wise argmax of [N, K] scores; the first maximum wins ties, as <c>np.argmax</c>.</summary>
    /// <param name="scores">[N, K], K ≥ 1, finite.</param>
    /// <returns>Length N, each in [0, K).</returns>
    public static int[] PredictedClasses(double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int n = scores.GetLength(0), k = scores.GetLength(1);
        if (k == 0) throw new ArgumentException("scores has no columns.", nameof(scores));
        InputChecks.Finite(scores, "scores");
        var predicted = new int[n];
        for (int i = 0; i < n; i++)
        {
            int best = 0;
            for (int c = 1; c < k; c++) if (scores[i, c] > scores[i, best]) best = c;
            predicted[i] = best;
        }
        return predicted;
    }

    static double OrNaN(Func<double> metric, List<MetricWarning> warnings)
    {
        try
        {
            return metric();
        }
        catch (UndefinedMetricException e)
        {
            warnings.Add(new MetricWarning(e.Metric, e.Reason + " Reported as NaN."));
            return double.NaN;
        }
    }
}
