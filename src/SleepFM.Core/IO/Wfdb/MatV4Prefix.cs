using System.Buffers.Binary;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// The MATLAB level-4 matrix header that prefixes PhysioNet challenge <c>.mat</c> signal files
/// (written by WFDB's wfdb2mat): five little-endian int32 (type, rows, columns, imaginary flag,
/// name length) and the name "val\0": 24 bytes, hence the header's <c>16+24</c>. MATLAB stores the
/// [signals × samples] matrix column-major, so the int16 data that follows is frame-interleaved exactly
/// like a format-16 .dat file.
/// </summary>
internal static class MatV4Prefix
{
    /// <summary>Size of the prefix for a variable named "val".</summary>
    public const int Size = 24;

    /// <summary>MOPT type code 0030: little-endian (M=0), full numeric matrix, int16 data (P=3).</summary>
    public const int Int16LittleEndianType = 30;

    /// <summary>Writes the 24-byte prefix for an int16 matrix of <paramref name="rows"/> × <paramref name="columns"/>.</summary>
    public static void Write(Span<byte> destination, int rows, int columns)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination[0..], Int16LittleEndianType);
        BinaryPrimitives.WriteInt32LittleEndian(destination[4..], rows);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], columns);
        BinaryPrimitives.WriteInt32LittleEndian(destination[12..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(destination[16..], 4);
        "val\0"u8.CopyTo(destination[20..]);
    }

    /// <summary>
    /// Compares a file's prefix with what the header implies; returns a description of the
    /// disagreement, or null when the prefix matches (or is not a level-4 header at all, which the
    /// WFDB header's byte offset makes irrelevant).
    /// </summary>
    public static string? Check(ReadOnlySpan<byte> prefix, int expectedRows, long expectedColumns)
    {
        if (prefix.Length < 20) return null;
        int type = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        int rows = BinaryPrimitives.ReadInt32LittleEndian(prefix[4..]);
        int columns = BinaryPrimitives.ReadInt32LittleEndian(prefix[8..]);
        if (type != Int16LittleEndianType)
            return $"the MAT v4 prefix has type code {type}, not {Int16LittleEndianType} (little-endian int16)";
        if (rows != expectedRows || columns != expectedColumns)
            return $"the MAT v4 prefix declares a {rows} × {columns} matrix but the header implies {expectedRows} × {expectedColumns}";
        return null;
    }
}
