using System.Buffers.Binary;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// Decodes and encodes the sample streams of the supported storage formats. A signal file holds one
/// stream of samples (frames laid end to end); these helpers address it by stream sample index.
/// </summary>
internal static class WfdbSampleCodec
{
    /// <summary>The value WFDB uses to mark a missing sample in each format.</summary>
    public static int InvalidValue(WfdbStorageFormat format) => format switch
    {
        WfdbStorageFormat.Format80 => -128,
        WfdbStorageFormat.Format212 => -2048,
        WfdbStorageFormat.Format16 => short.MinValue,
        WfdbStorageFormat.Format24 => -(1 << 23),
        WfdbStorageFormat.Format32 => int.MinValue,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unsupported WFDB format"),
    };

    /// <summary>The ADC resolution implied by the format, used when the header omits it.</summary>
    public static int DefaultResolutionBits(WfdbStorageFormat format) => format switch
    {
        WfdbStorageFormat.Format80 => 8,
        WfdbStorageFormat.Format212 => 12,
        WfdbStorageFormat.Format16 => 16,
        WfdbStorageFormat.Format24 => 24,
        WfdbStorageFormat.Format32 => 32,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unsupported WFDB format"),
    };

    static int BytesPerSample(WfdbStorageFormat format) => format switch
    {
        WfdbStorageFormat.Format80 => 1,
        WfdbStorageFormat.Format16 => 2,
        WfdbStorageFormat.Format24 => 3,
        WfdbStorageFormat.Format32 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a fixed-width format"),
    };

    /// <summary>Bytes occupied by the first <paramref name="sampleCount"/> samples of a stream.</summary>
    // Format 212 writes an odd final sample as two bytes (the low byte and a half-used middle byte).
    public static long BytesForSamples(WfdbStorageFormat format, long sampleCount) =>
        format == WfdbStorageFormat.Format212
            ? sampleCount / 2 * 3 + (sampleCount % 2 == 1 ? 2 : 0)
            : sampleCount * BytesPerSample(format);

    /// <summary>Complete samples held by <paramref name="byteCount"/> bytes of a stream.</summary>
    public static long SamplesInBytes(WfdbStorageFormat format, long byteCount) =>
        format == WfdbStorageFormat.Format212
            ? byteCount / 3 * 2 + (byteCount % 3 >= 2 ? 1 : 0)
            : byteCount / BytesPerSample(format);

    /// <summary>
    /// Byte position where decoding of stream sample <paramref name="firstSample"/> must start, and
    /// how many decoded samples to drop before it (format 212 starts at a pair boundary).
    /// </summary>
    public static (long ByteStart, int LeadingSamples) Locate(WfdbStorageFormat format, long firstSample) =>
        format == WfdbStorageFormat.Format212
            ? (firstSample / 2 * 3, (int)(firstSample % 2))
            : (firstSample * BytesPerSample(format), 0);

    /// <summary>
    /// Decodes <paramref name="output"/>.Length samples from <paramref name="bytes"/>, which must start
    /// at a sample (or, for 212, pair) boundary and hold <see cref="BytesForSamples"/> bytes for them.
    /// </summary>
    public static void Decode(WfdbStorageFormat format, ReadOnlySpan<byte> bytes, Span<int> output)
    {
        switch (format)
        {
            case WfdbStorageFormat.Format16:
                for (int i = 0; i < output.Length; i++)
                    output[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.Slice(2 * i, 2));
                break;
            case WfdbStorageFormat.Format32:
                for (int i = 0; i < output.Length; i++)
                    output[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(4 * i, 4));
                break;
            case WfdbStorageFormat.Format24:
                for (int i = 0; i < output.Length; i++)
                {
                    int b = 3 * i;
                    int v = bytes[b] | bytes[b + 1] << 8 | bytes[b + 2] << 16;
                    output[i] = v << 8 >> 8; // sign-extend 24 bits
                }
                break;
            case WfdbStorageFormat.Format80:
                for (int i = 0; i < output.Length; i++)
                    output[i] = bytes[i] - 128;
                break;
            case WfdbStorageFormat.Format212:
                Decode212(bytes, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unsupported WFDB format");
        }
    }

    // Pair layout: byte0 = low 8 bits of sample A, byte1 = high nibble of B | high nibble of A,
    // byte2 = low 8 bits of B. Samples are 12-bit two's complement.
    static void Decode212(ReadOnlySpan<byte> bytes, Span<int> output)
    {
        int n = output.Length;
        int pairs = n / 2;
        for (int p = 0; p < pairs; p++)
        {
            int b = 3 * p;
            int b1 = bytes[b + 1];
            int a = bytes[b] | (b1 & 0x0F) << 8;
            int c = bytes[b + 2] | (b1 & 0xF0) << 4;
            output[2 * p] = a << 20 >> 20;
            output[2 * p + 1] = c << 20 >> 20;
        }
        if (n % 2 == 1)
        {
            int b = 3 * pairs;
            int a = bytes[b] | (bytes[b + 1] & 0x0F) << 8;
            output[n - 1] = a << 20 >> 20;
        }
    }

    /// <summary>Encodes samples as format 16 (little-endian int16); values must already be in range.</summary>
    public static void Encode16(ReadOnlySpan<short> samples, Span<byte> output)
    {
        for (int i = 0; i < samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(output.Slice(2 * i, 2), samples[i]);
    }
}
