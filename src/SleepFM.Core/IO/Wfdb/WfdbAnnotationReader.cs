using System.Buffers.Binary;
using System.Text;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// Reads MIT-format WFDB annotation files (.atr, .qrs, …; PhysioNet annot(5)). The file is a stream of
/// little-endian 16-bit words, each a 6-bit code A and a 10-bit field I:
/// A in 1–49 starts an annotation I samples after the previous one; SKIP (59) adds the signed 32-bit
/// interval that follows (stored as two words, high word first); NUM (60), SUB (61) and CHN (62) set
/// fields of the annotation just started; AUX (63) attaches I bytes of text (padded to even length);
/// A = 0 with I = 0 ends the file.
/// </summary>
public static class WfdbAnnotationReader
{
    const int Skip = 59, Num = 60, Sub = 61, Chn = 62, Aux = 63;

    /// <summary>Largest annotation file accepted, in bytes.</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>Reads every annotation of the file.</summary>
    /// <param name="path">Path of the annotation file.</param>
    /// <param name="samplingFrequencyHz">The record's frame rate, to fill <see cref="WfdbAnnotation.TimeSeconds"/>; null leaves it empty.</param>
    /// <param name="warnings">Receives recoverable oddities (a missing end marker) when given.</param>
    /// <exception cref="WfdbFormatException">Missing file, a word cut in half, a truncated SKIP or AUX, or a negative time.</exception>
    public static IReadOnlyList<WfdbAnnotation> Read(string path, double? samplingFrequencyHz = null, ICollection<ReadWarning>? warnings = null)
    {
        if (!File.Exists(path))
            throw new WfdbFormatException(path, "annotation file", null, "does not exist");
        long length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            throw new WfdbFormatException(path, "annotation file", null, $"is {length} bytes; at most {MaxFileBytes} are accepted");
        return Parse(File.ReadAllBytes(path), path, samplingFrequencyHz, warnings);
    }

    /// <summary>Parses annotation bytes (see <see cref="Read"/>); <paramref name="path"/> is used in messages.</summary>
    public static IReadOnlyList<WfdbAnnotation> Parse(ReadOnlySpan<byte> bytes, string path, double? samplingFrequencyHz = null,
        ICollection<ReadWarning>? warnings = null)
    {
        if (samplingFrequencyHz is { } fs && !(fs > 0))
            throw new ArgumentOutOfRangeException(nameof(samplingFrequencyHz), fs, "must be positive");
        var result = new List<WfdbAnnotation>();
        long time = 0;
        int channel = 0, number = 0;
        // The annotation being built: its modifiers (SUB, CHN, NUM, AUX) follow its code word.
        bool pending = false;
        long pendingSample = 0;
        int pendingCode = 0, pendingSub = 0;
        string pendingAux = "";
        bool ended = false;

        void Flush()
        {
            if (!pending) return;
            double? seconds = samplingFrequencyHz is { } f ? pendingSample / f : null;
            result.Add(new WfdbAnnotation(pendingSample, seconds, pendingCode, WfdbAnnotationCodes.Symbol(pendingCode),
                pendingSub, channel, number, pendingAux));
            pending = false;
        }

        int pos = 0;
        while (pos + 2 <= bytes.Length)
        {
            int word = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(pos, 2));
            int a = word >> 10, field = word & 0x3FF;
            int wordOffset = pos;
            pos += 2;
            if (a == 0 && field == 0) { ended = true; break; }
            switch (a)
            {
                case Skip:
                    if (pos + 4 > bytes.Length)
                        throw new WfdbFormatException(path, "SKIP interval", wordOffset, "is cut off by the end of the file");
                    // PDP-11 order: the high 16-bit word first, each word little-endian.
                    int high = BinaryPrimitives.ReadInt16LittleEndian(bytes.Slice(pos, 2));
                    int low = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(pos + 2, 2));
                    time += (long)high << 16 | (uint)low;
                    pos += 4;
                    break;
                case Num:
                    number = field;
                    break;
                case Sub:
                    if (pending) pendingSub = field;
                    break;
                case Chn:
                    channel = field;
                    break;
                case Aux:
                    if (pos + field > bytes.Length)
                        throw new WfdbFormatException(path, "AUX text", wordOffset,
                            $"declares {field} bytes but only {bytes.Length - pos} remain");
                    var text = bytes.Slice(pos, field);
                    int nul = text.IndexOf((byte)0);
                    if (nul >= 0) text = text[..nul];
                    if (pending) pendingAux = Encoding.Latin1.GetString(text);
                    pos += field + (field & 1);
                    break;
                default:
                    if (a > WfdbAnnotationCodes.MaxCode)
                        throw new WfdbFormatException(path, "annotation code", wordOffset, $"is {a}; codes 50–58 are undefined");
                    Flush();
                    time += field;
                    if (time < 0)
                        throw new WfdbFormatException(path, "annotation time", wordOffset, $"is {time}: a SKIP moved time before the record's start");
                    pending = true;
                    pendingSample = time;
                    pendingCode = a;
                    pendingSub = 0;
                    pendingAux = "";
                    break;
            }
        }
        Flush();
        if (!ended)
        {
            if (pos < bytes.Length)
                throw new WfdbFormatException(path, "annotation word", pos, "is cut in half by the end of the file");
            warnings?.Add(new ReadWarning("annotation file", $"{path} has no end marker (a zero word); read to the end of the file"));
        }
        return result;
    }
}
