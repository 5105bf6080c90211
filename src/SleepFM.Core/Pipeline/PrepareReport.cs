namespace SleepFM.Pipeline;

/// <summary>The outcome of a prepare run.</summary>
/// <param name="OutputDirectory">The prepared folder.</param>
/// <param name="Partition">The partition this run handled.</param>
/// <param name="RecordingsInPartition">Recordings in this partition.</param>
/// <param name="Converted">Converted by this run.</param>
/// <param name="Skipped">Already done by an earlier run.</param>
/// <param name="Failures">Failed, with reasons (also in <see cref="FailuresFile"/>).</param>
/// <param name="WindowsWritten">Windows written by this run.</param>
/// <param name="HoursConverted">Hours of recording converted by this run.</param>
/// <param name="ElapsedSeconds">Wall time, seconds.</param>
/// <param name="FailuresFile">Path of the failure list written by this run.</param>
/// <param name="DatasetComplete">True when every recording of the whole dataset (all partitions) is done, so index.csv covers it.</param>
public sealed record PrepareReport(
    string OutputDirectory, PartitionSpec Partition, int RecordingsInPartition, int Converted, int Skipped,
    IReadOnlyList<PrepareFailure> Failures, long WindowsWritten, double HoursConverted, double ElapsedSeconds,
    string FailuresFile, bool DatasetComplete)
{
    /// <summary>Exit code: every recording of the partition is done.</summary>
    public const int SuccessExitCode = 0;
    /// <summary>Exit code: nothing could be converted (every recording failed).</summary>
    public const int FailureExitCode = 1;
    /// <summary>Exit code: a partial run; some recordings failed, the others were converted (see the failure list). Re-run to retry them.</summary>
    public const int PartialExitCode = 3;

    /// <summary>0 all done, 3 partial (some failed), 1 all failed.</summary>
    public int ExitCode => Failures.Count == 0 ? SuccessExitCode
        : Converted + Skipped > 0 ? PartialExitCode : FailureExitCode;

    /// <summary>Hours of recording per minute of wall time in this run (preprocessing throughput).</summary>
    public double HoursPerMinute => ElapsedSeconds > 0 ? HoursConverted / (ElapsedSeconds / 60) : 0;
}
