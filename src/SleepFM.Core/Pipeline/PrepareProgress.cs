namespace SleepFM.Pipeline;

/// <summary>Progress of a prepare run, reported after every recording (through <see cref="IProgress{T}"/>).</summary>
/// <param name="Completed">Recordings finished in this run (converted or failed), of <paramref name="Pending"/>.</param>
/// <param name="Pending">Recordings this run has to convert (its partition minus those already done).</param>
/// <param name="Failed">Recordings that failed so far.</param>
/// <param name="Skipped">Recordings skipped because an earlier run finished them.</param>
/// <param name="LastRecordingId">The recording just finished.</param>
/// <param name="HoursConverted">Hours of recording converted so far in this run.</param>
public sealed record PrepareProgress(int Completed, int Pending, int Failed, int Skipped, string LastRecordingId, double HoursConverted)
{
    /// <summary>Recordings of the partition done so far, of <see cref="Total"/>: skipped by this run plus finished by it (<see cref="Completed"/> already counts the failed ones).</summary>
    public int Done => Skipped + Completed;

    /// <summary>Recordings in the partition: those skipped plus those this run converts.</summary>
    public int Total => Skipped + Pending;
}
