namespace SleepFM.Evaluation.Metrics;

/// <summary>
/// Counts of (true class, predicted class) pairs: scikit-learn's
/// <c>confusion_matrix(y_true, y_pred, labels=range(classCount))</c>. Rows are true classes, columns predicted
/// classes, so row sums are class supports and the diagonal holds correct predictions. Immutable.
/// </summary>
public sealed class ConfusionMatrix
{
    /// <summary>Largest class count accepted: the matrix is classCount² counts.</summary>
    public const int MaxClassCount = 4096;

    readonly long[] counts;

    ConfusionMatrix(long[] counts, int classCount)
    {
        this.counts = counts;
        ClassCount = classCount;
    }

    /// <summary>K, the number of classes (rows and columns).</summary>
    public int ClassCount { get; }

    /// <summary>Number of samples whose true class is <paramref name="trueClass"/> and prediction <paramref name="predictedClass"/>.</summary>
    /// <param name="trueClass">Row, in [0, K).</param>
    /// <param name="predictedClass">Column, in [0, K).</param>
    public long this[int trueClass, int predictedClass]
    {
        get
        {
            if ((uint)trueClass >= (uint)ClassCount) throw new ArgumentOutOfRangeException(nameof(trueClass), trueClass, $"Must be in [0, {ClassCount}).");
            if ((uint)predictedClass >= (uint)ClassCount) throw new ArgumentOutOfRangeException(nameof(predictedClass), predictedClass, $"Must be in [0, {ClassCount}).");
            return counts[trueClass * ClassCount + predictedClass];
        }
    }

    /// <summary>Total number of samples counted.</summary>
    public long SampleCount => counts.Sum();

    /// <summary>A copy as a [K, K] array, rows = true class, columns = predicted class.</summary>
    public long[,] ToArray()
    {
        var result = new long[ClassCount, ClassCount];
        for (int t = 0; t < ClassCount; t++)
            for (int p = 0; p < ClassCount; p++)
                result[t, p] = counts[t * ClassCount + p];
        return result;
    }

    /// <summary>Counts predictions against truth.</summary>
    /// <param name="yTrue">True classes, each in [0, <paramref name="classCount"/>).</param>
    /// <param name="yPred">Predicted classes, same length and range.</param>
    /// <param name="classCount">K, in [1, <see cref="MaxClassCount"/>]; classes that never occur give zero rows and columns.</param>
    /// <exception cref="ArgumentException">Lengths differ, a label is out of range, or K is out of range.</exception>
    public static ConfusionMatrix Compute(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, int classCount)
    {
        if (classCount < 1 || classCount > MaxClassCount)
            throw new ArgumentOutOfRangeException(nameof(classCount), classCount, $"Class count must be in [1, {MaxClassCount}].");
        InputChecks.SameLength(yTrue.Length, yPred.Length, "y_pred");
        InputChecks.ClassLabels(yTrue, classCount, "y_true");
        InputChecks.ClassLabels(yPred, classCount, "y_pred");
        var counts = new long[classCount * classCount];
        for (int i = 0; i < yTrue.Length; i++) counts[yTrue[i] * classCount + yPred[i]]++;
        return new ConfusionMatrix(counts, classCount);
    }
}
