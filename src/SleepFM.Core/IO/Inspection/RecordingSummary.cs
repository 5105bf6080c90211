namespace SleepFM.IO.Inspection;

/// <summary>
/// What <c>sleepfm inspect</c> reports about one recording, whatever its format. Property names are
/// the stable JSON field names (camelCase) of <c>sleepfm inspect --json</c>.
/// </summary>
/// <param name="Path">The file inspected.</param>
/// <param name="Format">"EDF", "EDF+C", "EDF+D", "BDF", "BDF+C", "BDF+D", "WFDB" or "HDF5 (CODE-15%)".</param>
/// <param name="StartTime">Start of the recording (local clock time as stored), or null when the file has none.</param>
/// <param name="DurationSeconds">Duration of the longest channel, in seconds.</param>
/// <param name="RecordCount">Data records (EDF/BDF), exams (CODE-15% HDF5), or null where the format has none.</param>
/// <param name="RecordDurationSeconds">Duration of one data record (EDF/BDF), or null.</param>
/// <param name="Channels">Every signal channel, in file order (annotation channels excluded).</param>
/// <param name="AnnotationCount">Number of annotations (EDF+ TALs, WFDB .atr beside the header), 0 when none.</param>
/// <param name="FirstAnnotations">The first annotations, at most as many as asked for.</param>
/// <param name="Properties">Format-specific facts worth showing: patient fields, header comments, exam-id range, ….</param>
/// <param name="Warnings">Recoverable oddities found while reading, e.g. non-standard units or position warnings.</param>
public sealed record RecordingSummary(
    string Path,
    string Format,
    DateTime? StartTime,
    double DurationSeconds,
    long? RecordCount,
    double? RecordDurationSeconds,
    IReadOnlyList<ChannelSummary> Channels,
    int AnnotationCount,
    IReadOnlyList<AnnotationSummary> FirstAnnotations,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> Warnings);
