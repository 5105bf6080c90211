using SleepFM.Synthetic.Sleep;

namespace SleepFM.Synthetic;

/// <summary>What one cohort of a generation run holds.</summary>
/// <param name="Cohort">Cohort name (its folder under <c>psg/</c>).</param>
/// <param name="Directory">Absolute folder path.</param>
/// <param name="SubjectIds">Subjects in order.</param>
/// <param name="EdfFiles">Absolute paths of the EDF+ files, in subject order.</param>
/// <param name="SubjectsCsv">Path of <c>subjects.csv</c>.</param>
/// <param name="StageEpochs">30-s epochs per stage over all nights.</param>
/// <param name="Hours">Recorded hours over all nights.</param>
/// <param name="Clips60s">Whole 60-s clips the cohort yields (per-night floor, summed).</param>
public sealed record SleepCohortSummary(
    string Cohort,
    string Directory,
    IReadOnlyList<string> SubjectIds,
    IReadOnlyList<string> EdfFiles,
    string SubjectsCsv,
    IReadOnlyDictionary<SleepStage, int> StageEpochs,
    double Hours,
    int Clips60s);
