namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// scikit-learn 1.2's <c>precision_recall_curve(y_true, probas_pred)</c>, in its layout: thresholds ascending (the
/// distinct scores), and precision/recall with one extra final point (precision 1, recall 0) that has no threshold.
/// </summary>
/// <param name="Precision">Length T + 1; precision[i] = TP/(TP+FP) when predicting score ≥ Thresholds[i].</param>
/// <param name="Recall">Length T + 1, non-increasing; 1 everywhere (with a warning) when y_true has no positives.</param>
/// <param name="Thresholds">Length T: the distinct scores, ascending.</param>
public sealed record PrecisionRecallCurve(IReadOnlyList<double> Precision, IReadOnlyList<double> Recall, IReadOnlyList<double> Thresholds)
{
    /// <summary>
    /// F1 = 2·P·R/(P+R) at each threshold (0 where P+R = 0), the final no-threshold point excluded; computed with the
    /// same floating-point operations as numpy's <c>2*p*r/(p+r)</c>, so exact ties resolve as they do in Python.
    /// </summary>
    /// <returns>Length T, aligned with <see cref="Thresholds"/>.</returns>
    public double[] F1ByThreshold()
    {
        var f1 = new double[Thresholds.Count];
        for (int i = 0; i < f1.Length; i++)
        {
            double p = Precision[i], r = Recall[i], denominator = p + r;
            f1[i] = denominator > 0 ? 2 * p * r / denominator : 0;
        }
        return f1;
    }
}
