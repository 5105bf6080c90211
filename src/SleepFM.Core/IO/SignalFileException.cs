namespace SleepFM.IO;

/// <summary>
/// A biosignal file that cannot be read. The message names the file, the field and, where known,
/// the byte offset, so a user can find the damage with a hex editor. Format-specific readers throw
/// subclasses (<c>EdfFormatException</c>, <c>WfdbFormatException</c>, …).
/// </summary>
public class SignalFileException : IOException
{
    /// <summary>Creates the exception; the message is composed from the parts.</summary>
    /// <param name="filePath">The file that failed.</param>
    /// <param name="field">The header field or structure at fault, e.g. "number of data records".</param>
    /// <param name="byteOffset">Offset of that field in the file, or null when not applicable.</param>
    /// <param name="problem">What is wrong, e.g. "is '-5'; expected a positive integer or -1".</param>
    /// <param name="inner">Underlying exception, if any.</param>
    public SignalFileException(string filePath, string field, long? byteOffset, string problem, Exception? inner = null)
        : base(Compose(filePath, field, byteOffset, problem), inner)
    {
        FilePath = filePath;
        Field = field;
        ByteOffset = byteOffset;
        Problem = problem;
    }

    /// <summary>The file that failed.</summary>
    public string FilePath { get; }
    /// <summary>The field or structure at fault.</summary>
    public string Field { get; }
    /// <summary>Byte offset of the field, when it has one.</summary>
    public long? ByteOffset { get; }
    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }

    static string Compose(string filePath, string field, long? byteOffset, string problem) =>
        byteOffset is { } offset
            ? $"{filePath}: {field} (byte {offset}) {problem}"
            : $"{filePath}: {field} {problem}";
}
