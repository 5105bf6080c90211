using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// Parses WFDB header files (PhysioNet header(5)): the record line, one line per signal, and comment
/// lines ('#') anywhere — MIT-BIH's 100.hea even starts with one. Blank lines are skipped.
/// Multi-segment records (<c>name/nseg</c>) are rejected with a typed error.
/// </summary>
public static partial class WfdbHeaderParser
{
    /// <summary>Largest header accepted, in bytes; real headers are a few kB.</summary>
    public const int MaxHeaderBytes = 4 * 1024 * 1024;

    /// <summary>Largest signal count accepted; guards against absurd values in damaged headers.</summary>
    public const int MaxSignals = 65536;

    /// <summary>Reads and parses a header file.</summary>
    /// <param name="headerPath">Path of the .hea file.</param>
    /// <exception cref="WfdbFormatException">Missing file, or a malformed or unsupported header.</exception>
    public static WfdbHeader ParseFile(string headerPath)
    {
        if (!File.Exists(headerPath))
            throw new WfdbFormatException(headerPath, "header file", null, "does not exist");
        var length = new FileInfo(headerPath).Length;
        if (length > MaxHeaderBytes)
            throw new WfdbFormatException(headerPath, "header file", null, $"is {length} bytes; a WFDB header is at most {MaxHeaderBytes}");
        return Parse(File.ReadAllText(headerPath, Encoding.Latin1), headerPath);
    }

    /// <summary>Parses header text.</summary>
    /// <param name="text">The whole header.</param>
    /// <param name="headerPath">Path used in messages and to resolve signal files.</param>
    /// <exception cref="WfdbFormatException">A malformed or unsupported header.</exception>
    public static WfdbHeader Parse(string text, string headerPath)
    {
        var warnings = new List<ReadWarning>();
        var comments = new List<string>();
        var content = new List<HeaderLine>();
        long offset = 0;
        int lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.StartsWith('#')) comments.Add(trimmed[1..].Trim());
            else if (trimmed.Length > 0) content.Add(new HeaderLine(trimmed, lineNumber, offset));
            offset += Encoding.Latin1.GetByteCount(rawLine) + 1;
        }
        if (content.Count == 0)
            throw new WfdbFormatException(headerPath, "record line", 0, "is missing: the header has no non-comment line");

        var record = ParseRecordLine(content[0], headerPath, warnings);
        if (content.Count - 1 < record.SignalCount)
            throw new WfdbFormatException(headerPath, $"line {content[0].Number}: number of signals", content[0].ByteOffset,
                $"is {record.SignalCount} but the header has only {content.Count - 1} signal line(s)");
        if (content.Count - 1 > record.SignalCount)
            warnings.Add(new ReadWarning("header", $"{content.Count - 1 - record.SignalCount} non-comment line(s) after the {record.SignalCount} signal line(s) were ignored"));

        var signals = new WfdbSignalSpec[record.SignalCount];
        for (int i = 0; i < signals.Length; i++)
            signals[i] = ParseSignalLine(content[i + 1], i, headerPath, warnings);

        return new WfdbHeader(headerPath, record.Name, record.FrameRateHz, record.CounterFrequencyHz, record.BaseCounter,
            record.FrameCount, record.BaseTime, record.BaseDate, signals, new WfdbHeaderComments(comments), warnings);
    }

    readonly record struct HeaderLine(string Text, int Number, long ByteOffset);

    sealed record RecordLine(string Name, int SignalCount, double FrameRateHz, double? CounterFrequencyHz,
        double? BaseCounter, long? FrameCount, TimeOnly? BaseTime, DateOnly? BaseDate);

    static RecordLine ParseRecordLine(HeaderLine line, string path, List<ReadWarning> warnings)
    {
        var tokens = line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string Field(string name) => $"line {line.Number}: {name}";

        var name = tokens[0];
        int slash = name.IndexOf('/');
        if (slash >= 0)
            throw new WfdbFormatException(path, Field("record name"), line.ByteOffset,
                $"is '{name}': multi-segment records (name/segments) are not supported; read each segment's header instead");
        if (tokens.Length < 2)
            throw new WfdbFormatException(path, Field("number of signals"), line.ByteOffset, "is missing from the record line");
        if (!int.TryParse(tokens[1], NumberStyles.None, CultureInfo.InvariantCulture, out int signalCount) || signalCount > MaxSignals)
            throw new WfdbFormatException(path, Field("number of signals"), line.ByteOffset,
                $"is '{tokens[1]}'; expected an integer from 0 to {MaxSignals}");

        double frameRateHz = 250; // DEFFREQ in the WFDB library
        double? counterHz = null, baseCounter = null;
        if (tokens.Length > 2)
        {
            var m = FrequencyPattern().Match(tokens[2]);
            if (!m.Success || !TryDouble(m.Groups["f"].Value, out frameRateHz) || !(frameRateHz > 0) || double.IsInfinity(frameRateHz))
                throw new WfdbFormatException(path, Field("sampling frequency"), line.ByteOffset,
                    $"is '{tokens[2]}'; expected a positive number, optionally 'freq/counterfreq(basecounter)'");
            if (m.Groups["cf"].Success)
            {
                if (!TryDouble(m.Groups["cf"].Value, out var cf) || !(cf > 0))
                    throw new WfdbFormatException(path, Field("counter frequency"), line.ByteOffset, $"is '{m.Groups["cf"].Value}'; expected a positive number");
                counterHz = cf;
            }
            if (m.Groups["bc"].Success)
            {
                if (!TryDouble(m.Groups["bc"].Value, out var bc))
                    throw new WfdbFormatException(path, Field("base counter"), line.ByteOffset, $"is '{m.Groups["bc"].Value}'; expected a number");
                baseCounter = bc;
            }
        }

        long? frameCount = null;
        if (tokens.Length > 3)
        {
            if (!long.TryParse(tokens[3], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                throw new WfdbFormatException(path, Field("number of samples per signal"), line.ByteOffset,
                    $"is '{tokens[3]}'; expected a non-negative integer");
            frameCount = n;
        }

        TimeOnly? baseTime = null;
        if (tokens.Length > 4)
        {
            if (TimeOnly.TryParseExact(tokens[4], ["H:mm:ss", "H:mm:ss.FFFFFFF", "H:mm", "m:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                baseTime = t;
            else
                warnings.Add(new ReadWarning(Field("base time"), $"'{tokens[4]}' is not hh:mm:ss; ignored"));
        }
        DateOnly? baseDate = null;
        if (tokens.Length > 5)
        {
            if (DateOnly.TryParseExact(tokens[5], ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                baseDate = d;
            else
                warnings.Add(new ReadWarning(Field("base date"), $"'{tokens[5]}' is not dd/mm/yyyy; ignored"));
        }
        return new RecordLine(name, signalCount, frameRateHz, counterHz, baseCounter, frameCount, baseTime, baseDate);
    }

    static WfdbSignalSpec ParseSignalLine(HeaderLine line, int signalIndex, string path, List<ReadWarning> warnings)
    {
        var (tokens, descriptionStart) = Tokenize(line.Text, 8);
        string Field(string name) => $"line {line.Number}: {name} of signal {signalIndex}";
        WfdbFormatException Bad(string name, string value, string expected) =>
            new(path, Field(name), line.ByteOffset, $"is '{value}'; expected {expected}");

        var fileName = tokens[0];
        if (fileName == "-")
            throw new WfdbFormatException(path, Field("file name"), line.ByteOffset, "is '-' (standard input), which cannot be read from a file");
        if (tokens.Count < 2)
            throw new WfdbFormatException(path, Field("format"), line.ByteOffset, "is missing");

        var fm = FormatPattern().Match(tokens[1]);
        if (!fm.Success)
            throw Bad("format", tokens[1], "'format[xspf][:skew][+offset]', e.g. '16', '212' or '16+24'");
        if (!int.TryParse(fm.Groups["fmt"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int formatCode) ||
            !Enum.IsDefined(typeof(WfdbStorageFormat), formatCode))
            throw new WfdbFormatException(path, Field("format"), line.ByteOffset,
                $"is {fm.Groups["fmt"].Value}, which is not supported; supported formats: 16, 24, 32, 80, 212");
        var format = (WfdbStorageFormat)formatCode;
        int samplesPerFrame = 1, skew = 0;
        long byteOffset = 0;
        if (fm.Groups["spf"].Success &&
            (!int.TryParse(fm.Groups["spf"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out samplesPerFrame) || samplesPerFrame is < 1 or > 1_000_000))
            throw Bad("samples per frame", fm.Groups["spf"].Value, "an integer from 1 to 1000000");
        if (fm.Groups["skew"].Success &&
            (!int.TryParse(fm.Groups["skew"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out skew) || skew > 1_000_000_000))
            throw Bad("skew", fm.Groups["skew"].Value, "a non-negative integer");
        if (fm.Groups["off"].Success &&
            !long.TryParse(fm.Groups["off"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out byteOffset))
            throw Bad("byte offset", fm.Groups["off"].Value, "a non-negative integer");

        double gain = 0;
        int? baseline = null;
        string units = "mV";
        if (tokens.Count > 2)
        {
            var gm = GainPattern().Match(tokens[2]);
            if (!gm.Success || !TryDouble(gm.Groups["gain"].Value, out gain) || double.IsInfinity(gain))
                throw Bad("ADC gain", tokens[2], "'gain[(baseline)][/units]', e.g. '200' or '1000(0)/mV'");
            if (gm.Groups["base"].Success)
            {
                if (!int.TryParse(gm.Groups["base"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
                    throw Bad("baseline", gm.Groups["base"].Value, "an integer");
                baseline = b;
            }
            if (gm.Groups["units"].Success) units = gm.Groups["units"].Value;
        }
        if (gain == 0)
        {
            // The spec: a missing or zero gain means "uncalibrated", and readers use 200 ADC units/mV.
            gain = 200;
            warnings.Add(new ReadWarning(Field("ADC gain"), "missing or 0; the WFDB default of 200 ADC units per physical unit is used"));
        }

        int OptionalInt(int index, string name, int fallback)
        {
            if (tokens.Count <= index) return fallback;
            if (!int.TryParse(tokens[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
                throw Bad(name, tokens[index], "an integer");
            return v;
        }

        int resolution = OptionalInt(3, "ADC resolution", 0);
        if (resolution == 0) resolution = WfdbSampleCodec.DefaultResolutionBits(format);
        if (resolution is < 1 or > 32) throw Bad("ADC resolution", tokens[3], "a bit count from 1 to 32");
        int adcZero = OptionalInt(4, "ADC zero", 0);
        int? initial = tokens.Count > 5 ? OptionalInt(5, "initial value", 0) : null;
        int? checksum = tokens.Count > 6 ? OptionalInt(6, "checksum", 0) : null;
        int blockSize = OptionalInt(7, "block size", 0);
        if (blockSize < 0) throw Bad("block size", tokens[7], "a non-negative integer");
        var description = descriptionStart >= 0 ? line.Text[descriptionStart..].Trim() : "";

        return new WfdbSignalSpec(fileName, format, samplesPerFrame, skew, byteOffset, gain, baseline ?? adcZero, units,
            resolution, adcZero, initial, checksum, blockSize, description, line.Number);
    }

    // Splits off the first `fieldCount` whitespace-separated tokens; the rest of the line (which may
    // contain blanks) is the description, returned as its start index or -1.
    static (List<string> Tokens, int DescriptionStart) Tokenize(string text, int fieldCount)
    {
        var tokens = new List<string>(fieldCount);
        int i = 0;
        while (i < text.Length && tokens.Count < fieldCount)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            tokens.Add(text[start..i]);
        }
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return (tokens, i < text.Length ? i : -1);
    }

    static bool TryDouble(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^(?<f>[0-9.eE+-]+)(?:/(?<cf>[0-9.eE+-]+)(?:\((?<bc>[0-9.eE+-]+)\))?)?$")]
    private static partial Regex FrequencyPattern();

    [GeneratedRegex(@"^(?<fmt>\d+)(?:x(?<spf>\d+))?(?::(?<skew>\d+))?(?:\+(?<off>\d+))?$")]
    private static partial Regex FormatPattern();

    [GeneratedRegex(@"^(?<gain>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?:\((?<base>[-+]?\d+)\))?(?:/(?<units>\S+))?$")]
    private static partial Regex GainPattern();
}
