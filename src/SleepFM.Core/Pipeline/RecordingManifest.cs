using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// The JSON written next to a shard (<c>shards/&lt;name&gt;.json</c>) after the shard itself is complete. Its presence
/// marks the recording as done, so a re-run skips it; the index is built from these files without opening a shard.
/// </summary>
/// <param name="FormatVersion">Layout version (<see cref="ShardLayout.FormatVersion"/>).</param>
/// <param name="RecordingId">Recording id.</param>
/// <param name="SubjectId">Subject id.</param>
/// <param name="OfficialSplit">The dataset's own split for this recording, or null.</param>
/// <param name="SourceFiles">Files read, as given by the recipe.</param>
/// <param name="Shard">Shard file name inside <c>shards/</c>, or null when the recording yielded no window.</param>
/// <param name="DurationSeconds">Recording length, seconds.</param>
/// <param name="Channels">Stored channels, in storage order.</param>
/// <param name="StartSeconds">Window starts, seconds.</param>
/// <param name="Labels">Per window, <see cref="LabelSpace.Width"/> labels.</param>
/// <param name="Warnings">Recoverable problems met while reading.</param>
/// <param name="Properties">Recipe properties (cohort, label text…).</param>
public sealed record RecordingManifest(
    int FormatVersion, string RecordingId, string SubjectId, DataSplit? OfficialSplit, IReadOnlyList<string> SourceFiles,
    string? Shard, double DurationSeconds, IReadOnlyList<ManifestChannel> Channels, IReadOnlyList<double> StartSeconds,
    IReadOnlyList<int[]> Labels, IReadOnlyList<string> Warnings, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>Number of windows in the shard.</summary>
    public int WindowCount => StartSeconds.Count;
}
