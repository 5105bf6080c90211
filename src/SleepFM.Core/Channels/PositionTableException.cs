using SleepFM.IO;

namespace SleepFM.Channels;

/// <summary>An electrode position table (label, x, y, z per line) that cannot be parsed.</summary>
public sealed class PositionTableException : SignalFileException
{
    /// <summary>Creates the exception for one bad line of a position table.</summary>
    /// <param name="source">The table's file path or resource name.</param>
    /// <param name="field">The line and column at fault, e.g. "line 12, column y".</param>
    /// <param name="byteOffset">Byte offset of the line start, when known.</param>
    /// <param name="problem">What is wrong, with the offending text.</param>
    public PositionTableException(string source, string field, long? byteOffset, string problem)
        : base(source, field, byteOffset, problem)
    {
    }
}
