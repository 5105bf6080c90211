using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// Writes WFDB records as format 16 (<c>.hea</c> + <c>.dat</c>) or in the challenge style
/// (<c>.hea</c> + MATLAB v4 <c>.mat</c>, format <c>16+24</c>), with each signal's checksum and initial
/// value in the header so any WFDB reader can verify them.
/// </summary>
public static partial class WfdbWriter
{
    /// <summary>
    /// Writes <paramref name="record"/> into <paramref name="directory"/> (created if needed) as
    /// <c>RecordName.hea</c> plus <c>RecordName.dat</c> or <c>RecordName.mat</c>, overwriting existing files.
    /// Physical samples are quantised as round(value × gain + baseline), clamped to ±32767 (−32768 is
    /// WFDB's invalid value, written for NaN).
    /// </summary>
    /// <returns>The written header, parsed back.</returns>
    /// <exception cref="ArgumentException">An invalid name, rate, gain, units, description or unequal signal lengths.</exception>
    public static WfdbHeader Write(string directory, WfdbRecordToWrite record, WfdbWriteLayout layout = WfdbWriteLayout.Format16Dat)
    {
        Validate(record);
        Directory.CreateDirectory(directory);
        int signalCount = record.Signals.Count;
        int sampleCount = signalCount == 0 ? 0 : record.Signals[0].Physical.Length;
        bool mat = layout == WfdbWriteLayout.ChallengeMat;
        var dataName = record.RecordName + (mat ? ".mat" : ".dat");
        int prefix = mat ? MatV4Prefix.Size : 0;

        var sums = new long[signalCount];
        var initial = new int[signalCount];
        using (var stream = new FileStream(Path.Combine(directory, dataName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (mat)
            {
                Span<byte> header = stackalloc byte[MatV4Prefix.Size];
                MatV4Prefix.Write(header, signalCount, sampleCount);
                stream.Write(header);
            }
            const int framesPerChunk = 4096;
            var digital = new short[framesPerChunk * Math.Max(1, signalCount)];
            var bytes = new byte[digital.Length * 2];
            for (int start = 0; start < sampleCount; start += framesPerChunk)
            {
                int frames = Math.Min(framesPerChunk, sampleCount - start);
                for (int s = 0; s < signalCount; s++)
                {
                    var signal = record.Signals[s];
                    for (int f = 0; f < frames; f++)
                    {
                        short d = Quantise(signal.Physical[start + f], signal.AdcGain, signal.Baseline);
                        digital[f * signalCount + s] = d;
                        sums[s] += d;
                        if (start + f == 0) initial[s] = d;
                    }
                }
                int n = frames * signalCount;
                WfdbSampleCodec.Encode16(digital.AsSpan(0, n), bytes);
                stream.Write(bytes, 0, n * 2);
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{record.RecordName} {signalCount} {Number(record.SamplingFrequencyHz)} {sampleCount}");
        if (record.BaseTime is { } time)
        {
            text.Append(' ').Append(time.ToString(time.Millisecond == 0 ? "HH:mm:ss" : "HH:mm:ss.fff", CultureInfo.InvariantCulture));
            if (record.BaseDate is { } date) text.Append(' ').Append(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }
        text.Append('\n');
        var format = mat ? $"16+{prefix}" : "16";
        for (int s = 0; s < signalCount; s++)
        {
            var signal = record.Signals[s];
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"{dataName} {format} {Number(signal.AdcGain)}({signal.Baseline})/{signal.Units} 16 0 {initial[s]} {WfdbSignalCheck.Fold(sums[s])} 0 {signal.Description}").TrimEnd());
            text.Append('\n');
        }
        foreach (var comment in record.Comments ?? [])
            text.Append('#').Append(comment).Append('\n');
        var headerPath = Path.Combine(directory, record.RecordName + ".hea");
        File.WriteAllText(headerPath, text.ToString(), Encoding.ASCII);
        return WfdbHeaderParser.Parse(text.ToString(), headerPath);
    }

    static short Quantise(float value, double gain, int baseline)
    {
        if (float.IsNaN(value)) return short.MinValue;
        double d = Math.Round(value * gain + baseline, MidpointRounding.AwayFromZero);
        return (short)Math.Clamp(d, -short.MaxValue, short.MaxValue);
    }

    static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    static void Validate(WfdbRecordToWrite record)
    {
        if (!RecordNamePattern().IsMatch(record.RecordName))
            throw new ArgumentException($"record name '{record.RecordName}' must be letters, digits and underscores", nameof(record));
        if (!(record.SamplingFrequencyHz > 0) || double.IsInfinity(record.SamplingFrequencyHz))
            throw new ArgumentException($"sampling frequency {record.SamplingFrequencyHz} Hz must be positive and finite", nameof(record));
        if (record.Signals.Count > WfdbHeaderParser.MaxSignals)
            throw new ArgumentException($"{record.Signals.Count} signals exceed the maximum {WfdbHeaderParser.MaxSignals}", nameof(record));
        for (int s = 0; s < record.Signals.Count; s++)
        {
            var signal = record.Signals[s];
            if (signal.Physical.Length != record.Signals[0].Physical.Length)
                throw new ArgumentException($"signal {s} has {signal.Physical.Length} samples but signal 0 has {record.Signals[0].Physical.Length}", nameof(record));
            if (!(signal.AdcGain > 0) || double.IsInfinity(signal.AdcGain))
                throw new ArgumentException($"signal {s} ADC gain {signal.AdcGain} must be positive and finite", nameof(record));
            if (signal.Units.Length == 0 || signal.Units.Any(char.IsWhiteSpace))
                throw new ArgumentException($"signal {s} units '{signal.Units}' must be non-empty without blanks", nameof(record));
            if (signal.Description.Contains('\n') || signal.Description.Contains('\r'))
                throw new ArgumentException($"signal {s} description must be one line", nameof(record));
        }
        foreach (var comment in record.Comments ?? [])
            if (comment.Contains('\n') || comment.Contains('\r'))
                throw new ArgumentException($"comment '{comment}' must be one line", nameof(record));
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex RecordNamePattern();
}
