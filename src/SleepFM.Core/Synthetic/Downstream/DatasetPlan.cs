using SleepFM.Evaluation.Reporting;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// A dataset fully decided (subjects, labels, file names, class counts) but not yet rendered: planning
/// is cheap and deterministic, so counts and index files are right even when every signal file is skipped.
/// </summary>
/// <param name="TaskId">Task id and folder name.</param>
/// <param name="Directory">Absolute dataset folder.</param>
/// <param name="SubjectCount">Distinct subjects.</param>
/// <param name="Jobs">Signal files to render.</param>
/// <param name="IndexFiles">Small text files (path, content) written after the jobs: CSVs, summaries.</param>
/// <param name="Counts">Samples per class.</param>
/// <param name="CountUnit">What one counted sample is.</param>
internal sealed record DatasetPlan(
    string TaskId,
    string Directory,
    int SubjectCount,
    IReadOnlyList<FileJob> Jobs,
    IReadOnlyList<(string Path, string Content)> IndexFiles,
    IReadOnlyList<ClassCount> Counts,
    string CountUnit);
