namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Per-label counts over the sorted distinct labels of y_true ∪ y_pred (scikit-learn's <c>unique_labels</c>): how many
/// samples are truly of the label, predicted as it, and correctly predicted. This is all that accuracy-type metrics,
/// κ and precision/recall/F1 need, so no K×K matrix is allocated however many distinct labels appear.
/// </summary>
internal sealed class LabelTally
{
    // Labels in [0, DenseLimit) are counted in arrays; anything else (negative or huge ids) goes through a dictionary,
    // so a stray label like int.MaxValue never causes a giant allocation.
    const int DenseLimit = 4096;

    LabelTally(int[] labels, long[] trueCounts, long[] predictedCounts, long[] correctCounts, long sampleCount)
    {
        Labels = labels;
        TrueCounts = trueCounts;
        PredictedCounts = predictedCounts;
        CorrectCounts = correctCounts;
        SampleCount = sampleCount;
    }

    /// <summary>Distinct labels of y_true ∪ y_pred, ascending.</summary>
    public int[] Labels { get; }

    /// <summary>Count in y_true per label (the confusion-matrix row sums; sklearn's <c>true_sum</c>).</summary>
    public long[] TrueCounts { get; }

    /// <summary>Count in y_pred per label (column sums; sklearn's <c>pred_sum</c>).</summary>
    public long[] PredictedCounts { get; }

    /// <summary>Correct predictions per label (the diagonal; sklearn's <c>tp_sum</c>).</summary>
    public long[] CorrectCounts { get; }

    /// <summary>Number of samples N.</summary>
    public long SampleCount { get; }

    /// <summary>Index of <paramref name="label"/> in <see cref="Labels"/>, or −1 when it occurs in neither array.</summary>
    public int IndexOf(int label)
    {
        int i = Array.BinarySearch(Labels, label);
        return i >= 0 ? i : -1;
    }

    public static LabelTally Count(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred)
    {
        InputChecks.NotEmpty(yTrue.Length, "y_true");
        InputChecks.SameLength(yTrue.Length, yPred.Length, "y_pred");
        int min = int.MaxValue, max = int.MinValue;
        foreach (var v in yTrue) { if (v < min) min = v; if (v > max) max = v; }
        foreach (var v in yPred) { if (v < min) min = v; if (v > max) max = v; }
        return min >= 0 && max < DenseLimit ? CountDense(yTrue, yPred, max + 1) : CountSparse(yTrue, yPred);
    }

    static LabelTally CountDense(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, int width)
    {
        // Small label ranges (the usual 2–6 classes) stay on the stack: bootstraps call this thousands of times.
        Span<long> truth = width <= 64 ? stackalloc long[width] : new long[width];
        Span<long> predicted = width <= 64 ? stackalloc long[width] : new long[width];
        Span<long> correct = width <= 64 ? stackalloc long[width] : new long[width];
        truth.Clear(); predicted.Clear(); correct.Clear();
        for (int i = 0; i < yTrue.Length; i++)
        {
            int t = yTrue[i], p = yPred[i];
            truth[t]++;
            predicted[p]++;
            if (t == p) correct[t]++;
        }
        int present = 0;
        for (int k = 0; k < width; k++) if (truth[k] + predicted[k] > 0) present++;
        var labels = new int[present];
        var trueCounts = new long[present];
        var predictedCounts = new long[present];
        var correctCounts = new long[present];
        for (int k = 0, j = 0; k < width; k++)
        {
            if (truth[k] + predicted[k] == 0) continue;
            labels[j] = k;
            trueCounts[j] = truth[k];
            predictedCounts[j] = predicted[k];
            correctCounts[j] = correct[k];
            j++;
        }
        return new LabelTally(labels, trueCounts, predictedCounts, correctCounts, yTrue.Length);
    }

    static LabelTally CountSparse(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred)
    {
        var counts = new Dictionary<int, (long True, long Predicted, long Correct)>();
        for (int i = 0; i < yTrue.Length; i++)
        {
            int t = yTrue[i], p = yPred[i];
            counts.TryGetValue(t, out var ct);
            ct.True++;
            if (t == p) ct.Correct++;
            counts[t] = ct;
            counts.TryGetValue(p, out var cp);
            cp.Predicted++;
            counts[p] = cp;
        }
        var labels = counts.Keys.ToArray();
        Array.Sort(labels);
        var trueCounts = new long[labels.Length];
        var predictedCounts = new long[labels.Length];
        var correctCounts = new long[labels.Length];
        for (int j = 0; j < labels.Length; j++)
            (trueCounts[j], predictedCounts[j], correctCounts[j]) = counts[labels[j]];
        return new LabelTally(labels, trueCounts, predictedCounts, correctCounts, yTrue.Length);
    }
}
