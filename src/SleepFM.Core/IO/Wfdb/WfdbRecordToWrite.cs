namespace SleepFM.IO.Wfdb;

/// <summary>A record to be written by <see cref="WfdbWriter"/>.</summary>
/// <param name="RecordName">Record name: letters, digits and underscores (e.g. "00001_hr", "E00001", "A0001"); also the file stem.</param>
/// <param name="SamplingFrequencyHz">Samples per second per signal, &gt; 0.</param>
/// <param name="Signals">The signals; all must have the same number of samples.</param>
/// <param name="Comments">Header comment lines without the leading '#', e.g. from <see cref="WfdbChallengeComments.Format"/>; null for none.</param>
/// <param name="BaseTime">Time of day of the first sample, or null to omit.</param>
/// <param name="BaseDate">Date of the first sample, or null to omit (only written together with a base time).</param>
public sealed record WfdbRecordToWrite(
    string RecordName,
    double SamplingFrequencyHz,
    IReadOnlyList<WfdbSignalToWrite> Signals,
    IReadOnlyList<string>? Comments = null,
    TimeOnly? BaseTime = null,
    DateOnly? BaseDate = null);
