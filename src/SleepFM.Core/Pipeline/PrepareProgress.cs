namespace SleepFM.Pipeline;

/// <summary>Progress of a prepare run, reported after every recording (through <see cref="IProgress{T}"/>).</summary>
/// <param name="Completed">Recordings finished in this run (converted or failed), of <paramref name="Pending"/>.</param>
/// <param name="Pending">Recordings this run has to convert (its partition minus those already done).</param>
/// <param name="Failed">Recordings that failed so far.</param>
/// <param name="Skipped">Recordings skipped because an earlier run finished them.</param>
/// <param name="LastRecordingId">The recording just finished.</param>
/// <param name="HoursConverted">Hours of recording converted so far in this run.</param>
public sealed record PrepareProgress(int Completed, int Pending, int Failed, int Skipped, string LastRecordingId, double HoursConverted);
