using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace SleepFM.IO.Edf;

/// <summary>
/// Turns little-endian 16-bit (EDF) or 24-bit (BDF) samples into digital ints or physical values.
/// Generic over the destination so the JIT emits one tight loop per type without per-sample branching.
/// </summary>
internal static class EdfSampleDecoder
{
    /// <summary>
    /// Decodes <paramref name="destination"/>.Length samples from <paramref name="raw"/>.
    /// Physical values are <c>(physMin + (digital − digMin) · gain) · scale</c>; digital destinations ignore the scaling.
    /// </summary>
    public static void Decode<T>(ReadOnlySpan<byte> raw, int bytesPerSample, Span<T> destination, double physMin, int digMin, double gain, double scale)
        where T : unmanaged
    {
        if (typeof(T) == typeof(int)) DecodeDigital(raw, bytesPerSample, MemoryMarshal.Cast<T, int>(destination));
        else if (typeof(T) == typeof(double)) DecodeDouble(raw, bytesPerSample, MemoryMarshal.Cast<T, double>(destination), physMin, digMin, gain, scale);
        else if (typeof(T) == typeof(float)) DecodeFloat(raw, bytesPerSample, MemoryMarshal.Cast<T, float>(destination), physMin, digMin, gain, scale);
        else throw new NotSupportedException($"EDF samples decode to int, double or float, not {typeof(T).Name}.");
    }

    static void DecodeDigital(ReadOnlySpan<byte> raw, int bytesPerSample, Span<int> dst)
    {
        if (bytesPerSample == 2)
        {
            if (BitConverter.IsLittleEndian)
            {
                var src = MemoryMarshal.Cast<byte, short>(raw[..(dst.Length * 2)]);
                for (int i = 0; i < dst.Length; i++) dst[i] = src[i];
            }
            else for (int i = 0; i < dst.Length; i++) dst[i] = BinaryPrimitives.ReadInt16LittleEndian(raw[(2 * i)..]);
        }
        else
        {
            raw = raw[..(dst.Length * 3)];
            for (int i = 0, j = 0; i < dst.Length; i++, j += 3)
                dst[i] = raw[j] | (raw[j + 1] << 8) | ((sbyte)raw[j + 2] << 16);
        }
    }

    static void DecodeDouble(ReadOnlySpan<byte> raw, int bytesPerSample, Span<double> dst, double physMin, int digMin, double gain, double scale)
    {
        // The standard's formula, phys_min + (d − dig_min)·gain, kept in this order (not folded into one
        // offset) so values equal MNE's and the fixture's to the last printed digit.
        double pMin = physMin * scale, g = gain * scale, dMin = digMin;
        if (bytesPerSample == 2 && BitConverter.IsLittleEndian)
        {
            var src = MemoryMarshal.Cast<byte, short>(raw[..(dst.Length * 2)]);
            for (int i = 0; i < dst.Length; i++) dst[i] = pMin + (src[i] - dMin) * g;
        }
        else if (bytesPerSample == 2)
        {
            for (int i = 0; i < dst.Length; i++) dst[i] = pMin + (BinaryPrimitives.ReadInt16LittleEndian(raw[(2 * i)..]) - dMin) * g;
        }
        else
        {
            raw = raw[..(dst.Length * 3)];
            for (int i = 0, j = 0; i < dst.Length; i++, j += 3)
                dst[i] = pMin + ((raw[j] | (raw[j + 1] << 8) | ((sbyte)raw[j + 2] << 16)) - dMin) * g;
        }
    }

    static void DecodeFloat(ReadOnlySpan<byte> raw, int bytesPerSample, Span<float> dst, double physMin, int digMin, double gain, double scale)
    {
        // Computed in double and rounded once, so float results are the double results rounded.
        double pMin = physMin * scale, g = gain * scale, dMin = digMin;
        if (bytesPerSample == 2 && BitConverter.IsLittleEndian)
        {
            var src = MemoryMarshal.Cast<byte, short>(raw[..(dst.Length * 2)]);
            for (int i = 0; i < dst.Length; i++) dst[i] = (float)(pMin + (src[i] - dMin) * g);
        }
        else if (bytesPerSample == 2)
        {
            for (int i = 0; i < dst.Length; i++) dst[i] = (float)(pMin + (BinaryPrimitives.ReadInt16LittleEndian(raw[(2 * i)..]) - dMin) * g);
        }
        else
        {
            raw = raw[..(dst.Length * 3)];
            for (int i = 0, j = 0; i < dst.Length; i++, j += 3)
                dst[i] = (float)(pMin + ((raw[j] | (raw[j + 1] << 8) | ((sbyte)raw[j + 2] << 16)) - dMin) * g);
        }
    }
}
