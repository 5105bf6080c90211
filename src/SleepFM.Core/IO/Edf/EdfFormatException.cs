namespace SleepFM.IO.Edf;

/// <summary>
/// An EDF, EDF+, BDF or BDF+ file that cannot be read: a truncated or garbled header, sizes that
/// disagree with the file length, impossible digital ranges. The message names the file, the header
/// field (with the signal label where it is per-signal) and the byte offset of that field.
/// Recoverable damage (bad dates, odd unit spellings, a record count that overstates the file) is
/// reported as <see cref="ReadWarning"/> on <see cref="EdfRecording.Warnings"/> instead.
/// </summary>
public sealed class EdfFormatException : SignalFileException
{
    /// <summary>Creates the exception; see <see cref="SignalFileException"/> for the parts.</summary>
    /// <param name="filePath">The file that failed (or the name given for an in-memory file).</param>
    /// <param name="field">The header field at fault, e.g. "number of data records".</param>
    /// <param name="byteOffset">Offset of that field from the start of the file, when it has one.</param>
    /// <param name="problem">What is wrong, e.g. "is 'abc'; expected an integer".</param>
    /// <param name="inner">Underlying exception, if any.</param>
    public EdfFormatException(string filePath, string field, long? byteOffset, string problem, Exception? inner = null)
        : base(filePath, field, byteOffset, problem, inner)
    {
    }
}
