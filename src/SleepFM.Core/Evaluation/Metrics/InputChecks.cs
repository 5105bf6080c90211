namespace SleepFM.Evaluation.Metrics;

/// <summary>Argument validation shared by the metrics; messages name the argument, the rule and the bad value.</summary>
internal static class InputChecks
{
    public static void SameLength(int expected, int actual, string name)
    {
        if (actual != expected)
            throw new ArgumentException($"{name} has {actual} samples but y_true has {expected}; they must match.", name);
    }

    public static void NotEmpty(int length, string name)
    {
        if (length == 0) throw new ArgumentException($"{name} is empty; metrics need at least one sample.", name);
    }

    public static void BinaryLabels(ReadOnlySpan<int> labels, string name)
    {
        for (int i = 0; i < labels.Length; i++)
            if ((uint)labels[i] > 1)
                throw new ArgumentException($"{name}[{i}] = {labels[i]}; binary labels must be 0 or 1.", name);
    }

    public static void ClassLabels(ReadOnlySpan<int> labels, int classCount, string name)
    {
        for (int i = 0; i < labels.Length; i++)
            if ((uint)labels[i] >= (uint)classCount)
                throw new ArgumentException(
                    $"{name}[{i}] = {labels[i]}; labels must be in [0, {classCount}) to match the score columns.", name);
    }

    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{name}[{i}] = {values[i]}; scores must be finite (sklearn rejects NaN and inf).", name);
    }

    public static void Matrix<T>(T[,] matrix, int rows, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        if (matrix.GetLength(0) != rows)
            throw new ArgumentException($"{name} has {matrix.GetLength(0)} rows but y_true has {rows} samples; they must match.", name);
        if (matrix.GetLength(1) == 0)
            throw new ArgumentException($"{name} has no columns.", name);
    }

    public static void Finite(double[,] matrix, string name)
    {
        int rows = matrix.GetLength(0), columns = matrix.GetLength(1);
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < columns; k++)
                if (!double.IsFinite(matrix[i, k]))
                    throw new ArgumentException($"{name}[{i}, {k}] = {matrix[i, k]}; scores must be finite.", name);
    }
}
