namespace SleepFM.IO.Wfdb;

/// <summary>
/// A WFDB record (header, signal file or annotation file) that cannot be read: a malformed header
/// line, an unsupported storage format, a missing or truncated signal file, or a checksum /
/// initial-value mismatch. The message names the file, the field (with the header line number where
/// there is one) and the byte offset.
/// </summary>
public sealed class WfdbFormatException : SignalFileException
{
    /// <summary>Creates the exception; the message is composed from the parts.</summary>
    /// <param name="filePath">The file that failed (.hea, .dat, .mat, .atr …).</param>
    /// <param name="field">The field at fault, e.g. "line 3: ADC gain of signal 0".</param>
    /// <param name="byteOffset">Byte offset of the field or of the header line, or null.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="inner">Underlying exception, if any.</param>
    public WfdbFormatException(string filePath, string field, long? byteOffset, string problem, Exception? inner = null)
        : base(filePath, field, byteOffset, problem, inner)
    {
    }
}
