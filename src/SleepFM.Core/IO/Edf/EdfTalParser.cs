using System.Globalization;
using System.Text;

namespace SleepFM.IO.Edf;

/// <summary>
/// Parses the Time-stamped Annotation Lists (TALs) of one annotation signal in one data record:
/// <c>+onset[\x15duration]\x14[text\x14]*\x00</c>, repeated, then \x00 padding. The first TAL of the
/// first annotation signal of a record is its time-keeping TAL: its onset is the record's start time
/// and its first text is empty.
/// </summary>
internal static class EdfTalParser
{
    const byte Zero = 0x00, TextSeparator = 0x14, DurationMark = 0x15;
    const int MaxWarnings = 20;

    static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Appends the record's annotations to <paramref name="annotations"/>. Returns the time-keeping onset
    /// when <paramref name="timeKeeping"/> is set and the first TAL is well formed, else null.
    /// Malformed TALs are skipped with a warning (at most <see cref="MaxWarnings"/> per file; <paramref name="malformed"/> counts all).
    /// </summary>
    public static double? ParseRecord(ReadOnlySpan<byte> bytes, bool timeKeeping, long recordIndex, string signalLabel,
        List<EdfAnnotation> annotations, List<ReadWarning> warnings, ref int malformed)
    {
        double? recordStart = null;
        bool first = true;
        int pos = 0;
        while (pos < bytes.Length)
        {
            if (bytes[pos] == Zero) { pos++; continue; }
            int length = bytes[pos..].IndexOf(Zero);
            bool terminated = length >= 0;
            if (!terminated) length = bytes.Length - pos;
            var tal = bytes.Slice(pos, length);
            pos += length + 1;
            bool isTimeKeeping = timeKeeping && first;
            first = false;

            double onset = 0;
            string? problem = terminated ? ParseTal(tal, isTimeKeeping, annotations, out onset) : "is not terminated by a 0 byte";
            if (problem is null)
            {
                if (isTimeKeeping) recordStart = onset;
                continue;
            }
            if (malformed++ < MaxWarnings)
                warnings.Add(new ReadWarning($"annotation in record {recordIndex} of '{signalLabel}'",
                    $"TAL '{Printable(tal)}' {problem}; skipped"));
        }
        return recordStart;
    }

    static string? ParseTal(ReadOnlySpan<byte> tal, bool isTimeKeeping, List<EdfAnnotation> annotations, out double onset)
    {
        onset = 0;
        int timingEnd = tal.IndexOf(TextSeparator);
        if (timingEnd < 0) return "has no \\x14 after its onset";
        var timing = tal[..timingEnd];
        int durationAt = timing.IndexOf(DurationMark);
        var onsetText = durationAt >= 0 ? timing[..durationAt] : timing;
        if (onsetText.Length < 2 || onsetText[0] is not ((byte)'+' or (byte)'-') || !TryNumber(onsetText[1..], out onset))
            return "has no valid onset (expected +seconds or -seconds)";
        if (onsetText[0] == '-') onset = -onset;
        double? duration = null;
        if (durationAt >= 0)
        {
            if (!TryNumber(timing[(durationAt + 1)..], out double d)) return "has an invalid duration";
            duration = d;
        }

        var rest = tal[(timingEnd + 1)..];
        int startCount = annotations.Count;
        bool firstText = true;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf(TextSeparator);
            if (end < 0) { annotations.RemoveRange(startCount, annotations.Count - startCount); return "has text not closed by \\x14"; }
            var text = rest[..end];
            rest = rest[(end + 1)..];
            // The time-keeping TAL's first text is empty by definition; later texts in it are real annotations.
            if (!(isTimeKeeping && firstText) && !text.IsEmpty)
                annotations.Add(new EdfAnnotation(onset, duration, Decode(text)));
            firstText = false;
        }
        return null;
    }

    static bool TryNumber(ReadOnlySpan<byte> ascii, out double value)
    {
        value = 0;
        if (ascii.IsEmpty) return false;
        // The grammar allows digits and one '.', nothing else (no exponent, no sign inside).
        int dots = 0;
        foreach (byte b in ascii)
        {
            if (b == '.') dots++;
            else if (b is < (byte)'0' or > (byte)'9') return false;
        }
        return dots <= 1 && double.TryParse(ascii, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    static string Decode(ReadOnlySpan<byte> text)
    {
        // EDF+ says UTF-8; older exporters wrote Latin-1.
        try { return StrictUtf8.GetString(text); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(text); }
    }

    static string Printable(ReadOnlySpan<byte> raw)
    {
        var sb = new StringBuilder();
        foreach (byte b in raw[..Math.Min(raw.Length, 60)]) sb.Append(b is >= 32 and < 127 ? (char)b : $"\\x{b:X2}");
        if (raw.Length > 60) sb.Append('…');
        return sb.ToString();
    }
}
