using SleepFM.Evaluation.Reporting;

namespace SleepFM.Synthetic.Downstream;

/// <summary>What one synthetic downstream dataset holds.</summary>
/// <param name="TaskId">Task id from <c>SleepFM.Tasks.TaskCatalog</c>, e.g. "tuev" (also the dataset's folder under the root).</param>
/// <param name="Directory">Absolute path of the dataset's folder.</param>
/// <param name="SubjectCount">Distinct subjects (patients).</param>
/// <param name="FileCount">Signal files (EDF, WFDB records, or HDF5 parts).</param>
/// <param name="ClassCounts">Samples per class in the task's class order (multilabel: records carrying each label).</param>
/// <param name="CountUnit">What one counted sample is, e.g. "10-s window" or ".rec line (1 s on one channel)".</param>
/// <param name="Elapsed">Wall-clock time spent on this dataset in this run.</param>
public sealed record DownstreamDatasetSummary(
    string TaskId,
    string Directory,
    int SubjectCount,
    int FileCount,
    IReadOnlyList<ClassCount> ClassCounts,
    string CountUnit,
    TimeSpan Elapsed);
