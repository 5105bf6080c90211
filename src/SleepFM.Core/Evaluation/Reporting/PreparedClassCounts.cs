using SleepFM.Pipeline;

namespace SleepFM.Evaluation.Reporting;

/// <summary>Figure 1's numbers for a prepared dataset: windows per class (multilabel: windows carrying each label).</summary>
public static class PreparedClassCounts
{
    /// <summary>Counts every window of every split, in the dataset's class order.</summary>
    /// <param name="dataset">A prepared dataset.</param>
    /// <param name="taskId">The task id the counts are reported under.</param>
    public static IReadOnlyList<ClassCount> Count(PreparedDataset dataset, string taskId)
    {
        var labels = dataset.Info.Labels;
        var counts = new int[labels.ClassNames.Count];
        foreach (var window in dataset.Windows)
        {
            if (labels.MultiLabel)
            {
                for (int k = 0; k < counts.Length && k < window.Labels.Length; k++) if (window.Labels[k] == 1) counts[k]++;
            }
            else if (window.Labels.Length > 0 && window.Labels[0] >= 0 && window.Labels[0] < counts.Length) counts[window.Labels[0]]++;
        }
        return labels.ClassNames.Select((name, k) => new ClassCount(taskId, name, counts[k])).ToList();
    }
}
