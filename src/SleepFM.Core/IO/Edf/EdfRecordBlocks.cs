using System.Buffers;

namespace SleepFM.IO.Edf;

/// <summary>
/// Reads windows of consecutive data records: the byte range of the wanted signals in each record,
/// either as whole records in one call (when the window is most of a record) or one call per record.
/// Shared by the sample reads and the annotation pass of <see cref="EdfRecording"/>.
/// </summary>
internal sealed class EdfRecordBlocks
{
    // Reads are chunked to about this many bytes, whatever the request size.
    const int ChunkBytes = 1 << 20;

    readonly EdfByteSource source;
    readonly long[] signalOffsetInRecord;

    public EdfRecordBlocks(EdfByteSource source, EdfHeader header)
    {
        this.source = source;
        Header = header;
        signalOffsetInRecord = new long[header.Signals.Count];
        long offset = 0;
        for (int i = 0; i < header.Signals.Count; i++)
        {
            signalOffsetInRecord[i] = offset;
            offset += (long)header.Signals[i].SamplesPerRecord * header.BytesPerSample;
        }
    }

    public EdfHeader Header { get; }

    /// <summary>Byte offset of a signal's samples within each data record.</summary>
    public long SignalOffset(int signalIndex) => signalOffsetInRecord[signalIndex];

    /// <summary>
    /// A buffer for chunks of records. When the wanted window is a large part of a record (dense), whole
    /// records are read in one call; otherwise only the window of each record is read, one call each.
    /// </summary>
    public byte[] RentChunk(int windowBytes, out int recordsPerChunk, out bool dense)
    {
        long recordBytes = Header.RecordBytes;
        dense = windowBytes * 4L >= recordBytes;
        long stride = dense ? recordBytes : windowBytes;
        recordsPerChunk = (int)Math.Clamp(ChunkBytes / Math.Max(1, stride), 1, int.MaxValue);
        return ArrayPool<byte>.Shared.Rent((int)Math.Min(int.MaxValue, stride * recordsPerChunk));
    }

    /// <summary>Reads the window of records [firstRecord, firstRecord + n); returns the stride between records in the buffer.</summary>
    public int FillWindows(byte[] buffer, long firstRecord, int n, long windowOffset, int windowBytes, bool dense, out int windowStartInBuffer)
    {
        long recordBytes = Header.RecordBytes;
        long recordPosition = Header.HeaderBytes + firstRecord * recordBytes;
        if (dense)
        {
            source.ReadExactly(recordPosition, buffer.AsSpan(0, checked((int)(recordBytes * n))));
            windowStartInBuffer = (int)windowOffset;
            return (int)recordBytes;
        }
        for (int i = 0; i < n; i++)
            source.ReadExactly(recordPosition + i * recordBytes + windowOffset, buffer.AsSpan(i * windowBytes, windowBytes));
        windowStartInBuffer = 0;
        return windowBytes;
    }
}
