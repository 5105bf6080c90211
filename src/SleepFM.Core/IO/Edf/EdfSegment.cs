namespace SleepFM.IO.Edf;

/// <summary>
/// A run of data records without a gap. A continuous file (EDF, EDF+C, BDF) has exactly one; an
/// EDF+D/BDF+D file has one per stretch of records whose time-keeping onsets follow on from each other.
/// </summary>
/// <param name="StartSeconds">Start time of the first record, seconds after the header start date/time.</param>
/// <param name="FirstRecord">Index of its first data record (0-based).</param>
/// <param name="RecordCount">Number of records in the run (≥ 1).</param>
/// <param name="DurationSeconds">Length of the run: RecordCount × record duration.</param>
public sealed record EdfSegment(double StartSeconds, long FirstRecord, long RecordCount, double DurationSeconds);
