namespace SleepFM.IO.Wfdb;

/// <summary>What a reader does when a signal's data disagrees with the header's checksum or initial value.</summary>
public enum WfdbChecksumPolicy
{
    /// <summary>Throw <see cref="WfdbFormatException"/> (the default: a mismatch means the data or the header is damaged).</summary>
    Error,
    /// <summary>Add a <see cref="ReadWarning"/> to the result and go on.</summary>
    Warn,
    /// <summary>Do not verify (saves nothing when the whole record is read anyway).</summary>
    Skip,
}
