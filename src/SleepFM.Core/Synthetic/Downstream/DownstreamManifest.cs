using SleepFM.Evaluation.Reporting;

namespace SleepFM.Synthetic.Downstream;

/// <summary>Result of <see cref="DownstreamWorld.Generate"/>: where each dataset is and how many samples of each class it has.</summary>
/// <param name="OutputDirectory">The root holding <c>tuab/</c>, <c>tuev/</c>, … <c>cpsc/</c>.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Preset">The preset used.</param>
/// <param name="Datasets">One summary per dataset, in <c>TaskCatalog.All</c> order.</param>
/// <param name="FilesWritten">Files generated in this run.</param>
/// <param name="FilesSkipped">Files that already existed (an interrupted run resumed).</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record DownstreamManifest(
    string OutputDirectory,
    int Seed,
    DownstreamPreset Preset,
    IReadOnlyList<DownstreamDatasetSummary> Datasets,
    int FilesWritten,
    int FilesSkipped,
    TimeSpan Elapsed)
{
    /// <summary>Every (task, class, count) bar of the paper's Figure 1, all datasets.</summary>
    public IReadOnlyList<ClassCount> ClassCounts => Datasets.SelectMany(d => d.ClassCounts).ToList();

    /// <summary>The summary of one task.</summary>
    /// <param name="taskId">Task id, e.g. "chbmit" (case-insensitive).</param>
    /// <exception cref="KeyNotFoundException">The task is not in the manifest.</exception>
    public DownstreamDatasetSummary this[string taskId] =>
        Datasets.FirstOrDefault(d => d.TaskId.Equals(taskId, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No dataset '{taskId}' in the manifest; it has: {string.Join(", ", Datasets.Select(d => d.TaskId))}.");
}
