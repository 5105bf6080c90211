namespace SleepFM.Training.FineTuning;

/// <summary>
/// Every prediction of a model on one split, kept so any metric can be recomputed later.
/// Multiclass and binary: <see cref="Labels"/> is <c>[N, 1]</c> class indices and <see cref="Scores"/> the
/// class probabilities <c>[N, K]</c>. Multilabel: both are <c>[N, L]</c> (0/1 truth, sigmoid scores).
/// </summary>
/// <param name="Split">Which split.</param>
/// <param name="SampleIds">Window identifiers, length N.</param>
/// <param name="SubjectIds">Subject of each window, length N.</param>
/// <param name="Labels">Ground truth.</param>
/// <param name="Scores">Model scores.</param>
/// <param name="Predictions">Predicted class <c>[N, 1]</c>, or 0/1 per label <c>[N, L]</c> after thresholds.</param>
public sealed record PredictionSet(
    DataSplit Split, IReadOnlyList<string> SampleIds, IReadOnlyList<string> SubjectIds,
    int[,] Labels, double[,] Scores, int[,] Predictions)
{
    /// <summary>Number of windows.</summary>
    public int Count => SampleIds.Count;

    /// <summary>Column 0 of <see cref="Labels"/> (binary and multiclass tasks).</summary>
    public int[] ClassLabels()
    {
        var labels = new int[Count];
        for (int i = 0; i < Count; i++) labels[i] = Labels[i, 0];
        return labels;
    }
}
