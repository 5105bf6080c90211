namespace SleepFM.Datasets;

/// <summary>
/// One recording a recipe found in a source folder, before it is opened. Recipes return these from
/// <see cref="IDatasetRecipe.Enumerate(string)"/>; the pipeline sorts and partitions them by <see cref="RecordingId"/>.
/// </summary>
/// <param name="RecordingId">Unique within the dataset and stable across runs (e.g. the path relative to the source, '/'-separated, without extension).</param>
/// <param name="SubjectId">The person recorded; splits never separate two recordings of one subject.</param>
/// <param name="Files">The file(s) the recording is read from; the first is the main signal file.</param>
/// <param name="OfficialSplit">The split the dataset's authors fixed for this recording (TUAB/TUEV "eval" → <see cref="DataSplit.Test"/>), or null to let the seeded group shuffle decide.</param>
/// <param name="Properties">Recipe-specific facts (a label text, a cohort name); never null.</param>
public sealed record RecordingDescriptor(
    string RecordingId,
    string SubjectId,
    IReadOnlyList<string> Files,
    DataSplit? OfficialSplit,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The main signal file, <c>Files[0]</c>.</summary>
    public string MainFile => Files[0];
}
