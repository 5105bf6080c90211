namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Metrics over hard predictions (integer labels), each equal to the named scikit-learn 1.2 function with default
/// arguments unless stated. Labels are any ints; where scikit-learn infers the label set, so do these
/// (<c>unique_labels(y_true, y_pred)</c>: the labels that occur in either array).
/// </summary>
/// <remarks>
/// Where scikit-learn warns and substitutes a value (<c>zero_division='warn'</c> → 0, κ → NaN), the same value is
/// returned and a <see cref="MetricWarning"/> is appended to the optional <c>warnings</c> list.
/// </remarks>
public static class ClassificationMetrics
{
    /// <summary>Fraction of exact matches: <c>accuracy_score(y_true, y_pred)</c>.</summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, length N.</param>
    /// <returns>In [0, 1].</returns>
    public static double Accuracy(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred)
    {
        InputChecks.NotEmpty(yTrue.Length, "y_true");
        InputChecks.SameLength(yTrue.Length, yPred.Length, "y_pred");
        long correct = 0;
        for (int i = 0; i < yTrue.Length; i++) if (yTrue[i] == yPred[i]) correct++;
        return (double)correct / yTrue.Length;
    }

    /// <summary>
    /// Mean per-class recall over the classes present in y_true:
    /// <c>balanced_accuracy_score(y_true, y_pred, adjusted=False)</c>. For binary tasks this is
    /// (sensitivity + specificity)/2, not accuracy (the authors' release logged plain accuracy there: a bug).
    /// </summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, length N.</param>
    /// <param name="warnings">Receives sklearn's "y_pred contains classes not in y_true" warning; those classes are ignored.</param>
    /// <returns>In [0, 1].</returns>
    public static double BalancedAccuracy(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, IList<MetricWarning>? warnings = null)
    {
        var tally = LabelTally.Count(yTrue, yPred);
        double sum = 0;
        int classes = 0;
        bool predictedAbsent = false;
        for (int j = 0; j < tally.Labels.Length; j++)
        {
            if (tally.TrueCounts[j] == 0) { predictedAbsent = true; continue; }
            sum += (double)tally.CorrectCounts[j] / tally.TrueCounts[j];
            classes++;
        }
        if (predictedAbsent)
            warnings?.Add(new MetricWarning("balanced_accuracy", "y_pred contains classes not in y_true; they are left out of the mean."));
        return sum / classes;
    }

    /// <summary>
    /// Recall of the positive class 1, TP/(TP+FN): <c>recall_score(y_true, y_pred, pos_label=1)</c>.
    /// 0 with a warning when y_true has no positives.
    /// </summary>
    /// <param name="yTrue">True labels, each 0 or 1, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, each 0 or 1, length N.</param>
    /// <param name="warnings">Receives a warning when the recall is 0/0.</param>
    public static double Sensitivity(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, IList<MetricWarning>? warnings = null) =>
        BinaryRecall(yTrue, yPred, positive: 1, "sensitivity", warnings);

    /// <summary>
    /// Recall of the negative class 0, TN/(TN+FP): <c>recall_score(y_true, y_pred, pos_label=0)</c>.
    /// 0 with a warning when y_true has no negatives.
    /// </summary>
    /// <param name="yTrue">True labels, each 0 or 1, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, each 0 or 1, length N.</param>
    /// <param name="warnings">Receives a warning when the recall is 0/0.</param>
    public static double Specificity(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, IList<MetricWarning>? warnings = null) =>
        BinaryRecall(yTrue, yPred, positive: 0, "specificity", warnings);

    static double BinaryRecall(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, int positive, string name, IList<MetricWarning>? warnings)
    {
        InputChecks.NotEmpty(yTrue.Length, "y_true");
        InputChecks.SameLength(yTrue.Length, yPred.Length, "y_pred");
        InputChecks.BinaryLabels(yTrue, "y_true");
        InputChecks.BinaryLabels(yPred, "y_pred");
        long support = 0, hits = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            if (yTrue[i] != positive) continue;
            support++;
            if (yPred[i] == positive) hits++;
        }
        if (support == 0)
        {
            warnings?.Add(new MetricWarning(name, $"no samples of class {positive} in y_true; recall is ill-defined and set to 0."));
            return 0;
        }
        return (double)hits / support;
    }

    /// <summary>
    /// Precision, recall and F1: <c>precision_recall_fscore_support(y_true, y_pred, average=...)</c> with
    /// <c>zero_division='warn'</c> (a 0/0 gives 0 and a warning). <see cref="Averaging.Binary"/> scores label 1 and
    /// requires labels in {0, 1}; macro and weighted average over the labels present in y_true or y_pred.
    /// </summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, length N.</param>
    /// <param name="average">Averaging mode.</param>
    public static PrecisionRecallF1 PrecisionRecallF1(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, Averaging average)
    {
        if (average == Averaging.Binary)
        {
            InputChecks.BinaryLabels(yTrue, "y_true");
            InputChecks.BinaryLabels(yPred, "y_pred");
        }
        var tally = LabelTally.Count(yTrue, yPred);
        var warnings = new List<MetricWarning>();
        if (average == Averaging.Binary)
        {
            int j = tally.IndexOf(1);
            if (j < 0)
            {
                // Neither array holds a positive: sklearn scores label 1 as 0/0 everywhere.
                warnings.Add(new MetricWarning("f1", "no positive (label 1) in y_true nor y_pred; precision, recall and F1 set to 0."));
                return new PrecisionRecallF1(0, 0, 0, warnings);
            }
            var (p, r, f) = Score(tally, j, warnings);
            return new PrecisionRecallF1(p, r, f, warnings);
        }
        int n = tally.Labels.Length;
        double precisionSum = 0, recallSum = 0, f1Sum = 0;
        double precisionWeighted = 0, recallWeighted = 0, f1Weighted = 0;
        long weightSum = 0;
        for (int j = 0; j < n; j++)
        {
            var (p, r, f) = Score(tally, j, warnings);
            precisionSum += p; recallSum += r; f1Sum += f;
            long w = tally.TrueCounts[j];
            precisionWeighted += w * p; recallWeighted += w * r; f1Weighted += w * f;
            weightSum += w;
        }
        return average == Averaging.Macro
            ? new PrecisionRecallF1(precisionSum / n, recallSum / n, f1Sum / n, warnings)
            : new PrecisionRecallF1(precisionWeighted / weightSum, recallWeighted / weightSum, f1Weighted / weightSum, warnings);
    }

    /// <summary>F1 alone: <c>f1_score(y_true, y_pred, average=...)</c>. See <see cref="PrecisionRecallF1(ReadOnlySpan{int}, ReadOnlySpan{int}, Averaging)"/>.</summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, length N.</param>
    /// <param name="average">Averaging mode; binary requires labels in {0, 1}.</param>
    /// <param name="warnings">Receives one warning per ill-defined precision, recall or F1.</param>
    /// <returns>In [0, 1].</returns>
    public static double F1(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, Averaging average = Averaging.Binary, IList<MetricWarning>? warnings = null)
    {
        var result = PrecisionRecallF1(yTrue, yPred, average);
        if (warnings is not null) foreach (var w in result.Warnings) warnings.Add(w);
        return result.F1;
    }

    static (double Precision, double Recall, double F1) Score(LabelTally tally, int j, List<MetricWarning> warnings)
    {
        long tp = tally.CorrectCounts[j], predicted = tally.PredictedCounts[j], truth = tally.TrueCounts[j];
        int label = tally.Labels[j];
        double precision = 0, recall = 0;
        if (predicted > 0) precision = (double)tp / predicted;
        else warnings.Add(new MetricWarning($"precision[label {label}]", "no predicted samples; precision set to 0."));
        if (truth > 0) recall = (double)tp / truth;
        else warnings.Add(new MetricWarning($"recall[label {label}]", "no true samples; recall set to 0."));
        double denominator = precision + recall;
        // Same operation order as sklearn's (1 + beta²)·P·R / (beta²·P + R), so results agree to the last bit.
        double f1 = denominator == 0 ? 0 : 2 * precision * recall / denominator;
        return (precision, recall, f1);
    }

    /// <summary>
    /// Unweighted Cohen's κ between predictions and truth: <c>cohen_kappa_score(y_true, y_pred)</c>, i.e.
    /// 1 − observed disagreement / chance disagreement over the labels present in either array.
    /// </summary>
    /// <param name="yTrue">True labels, length N ≥ 1.</param>
    /// <param name="yPred">Predicted labels, length N.</param>
    /// <param name="warnings">Receives a warning when chance disagreement is 0 (both arrays one identical constant).</param>
    /// <returns>In [−1, 1]; NaN (sklearn's value) when undefined.</returns>
    public static double CohenKappa(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, IList<MetricWarning>? warnings = null)
    {
        var tally = LabelTally.Count(yTrue, yPred);
        // With weights 1 − I: Σ w·C = N − trace and Σ w·E = N − Σ_k rowₖ·colₖ / N, with E = outer(col, row) / N.
        double n = tally.SampleCount;
        long trace = 0;
        double agreementByChance = 0;
        for (int j = 0; j < tally.Labels.Length; j++)
        {
            trace += tally.CorrectCounts[j];
            agreementByChance += (double)tally.TrueCounts[j] * tally.PredictedCounts[j];
        }
        double expectedDisagreement = n - agreementByChance / n;
        if (expectedDisagreement == 0)
        {
            warnings?.Add(new MetricWarning("cohen_kappa", "y_true and y_pred are the same single class; chance disagreement is 0 and κ is NaN."));
            return double.NaN;
        }
        return 1 - (n - trace) / expectedDisagreement;
    }
}
