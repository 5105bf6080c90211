using SleepFM.Tasks;

namespace SleepFM.Training.Transfer;

/// <summary>How the classes of a task map onto the outputs of a model trained on another label set.</summary>
public static class SharedLabels
{
    /// <summary>
    /// For each class of <paramref name="target"/>, in order, the index of the same class among
    /// <paramref name="trained"/>'s classes (names compared case-insensitively, e.g. PTB-XL's RBBB ↔ CODE-15%'s RBBB).
    /// </summary>
    /// <exception cref="ArgumentException">A target class has no counterpart: the task cannot be scored on shared labels.</exception>
    public static IReadOnlyList<int> Columns(DownstreamTask trained, DownstreamTask target)
    {
        var columns = new int[target.Classes.Count];
        for (int k = 0; k < columns.Length; k++)
        {
            int index = -1;
            for (int j = 0; j < trained.Classes.Count && index < 0; j++)
                if (string.Equals(trained.Classes[j], target.Classes[k], StringComparison.OrdinalIgnoreCase)) index = j;
            if (index < 0)
                throw new ArgumentException($"{target.Name}'s class '{target.Classes[k]}' is not among {trained.Name}'s labels [{string.Join(", ", trained.Classes)}].", nameof(target));
            columns[k] = index;
        }
        return columns;
    }
}
