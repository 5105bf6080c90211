using System.Globalization;
using System.Text;

namespace SleepFM.IO.Edf;

/// <summary>
/// Parses and validates the fixed 256-byte header and the 256-byte-per-signal header. Every size is
/// checked against the file length before anything is allocated from it, so a garbled field cannot
/// cause an absurd allocation or a read past the end.
/// </summary>
internal static class EdfHeaderParser
{
    const int FixedHeaderBytes = 256;
    // 256 bytes of header per signal and at least one sample each bounds ns by the file length;
    // this cap only protects a huge file with a garbled field from a needlessly large header read.
    const int MaxSignals = 65536;
    const long MaxRecordBytes = 1L << 30;

    static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static EdfHeader Parse(EdfByteSource source, List<ReadWarning> warnings)
    {
        string file = source.Name;
        long fileLength = source.Length;
        if (fileLength < FixedHeaderBytes)
            throw new EdfFormatException(file, "fixed header", fileLength,
                $"is truncated: the file has {fileLength} bytes, the fixed header alone needs {FixedHeaderBytes}");

        Span<byte> fixedHeader = stackalloc byte[FixedHeaderBytes];
        source.ReadExactly(0, fixedHeader);

        bool isBdf;
        if (fixedHeader[0] == 0xFF && fixedHeader.Slice(1, 7).SequenceEqual("BIOSEMI"u8)) isBdf = true;
        else if (Ascii(fixedHeader[..8]) == "0") isBdf = false;
        else
            throw new EdfFormatException(file, "version", 0,
                $"is '{Printable(fixedHeader[..8])}'; expected '0' (EDF) or 0xFF 'BIOSEMI' (BDF)");
        int bytesPerSample = isBdf ? 3 : 2;

        int signalCount = (int)ParseInteger(fixedHeader, 252, 4, "number of signals", file, 1, MaxSignals);
        long headerBytes = ParseInteger(fixedHeader, 184, 8, "number of bytes in header record", file, FixedHeaderBytes, long.MaxValue);
        long expectedHeaderBytes = FixedHeaderBytes * (signalCount + 1L);
        if (headerBytes != expectedHeaderBytes)
            throw new EdfFormatException(file, "number of bytes in header record", 184,
                $"is {headerBytes}; with {signalCount} signals it must be 256 × ({signalCount} + 1) = {expectedHeaderBytes}");
        if (headerBytes > fileLength)
            throw new EdfFormatException(file, "signal headers", fileLength,
                $"are truncated: the header declares {headerBytes} bytes but the file has only {fileLength}");

        string reserved = Text(fixedHeader.Slice(192, 44));
        var fileType = ClassifyType(isBdf, reserved, warnings);
        bool isPlus = fileType is not (EdfFileType.Edf or EdfFileType.Bdf);

        string patientField = Text(fixedHeader.Slice(8, 80));
        string recordingField = Text(fixedHeader.Slice(88, 80));
        var patient = isPlus ? ParsePatient(patientField, warnings) : null;
        var recording = isPlus ? ParseRecordingInfo(recordingField, warnings) : null;
        var start = ParseStart(fixedHeader.Slice(168, 8), fixedHeader.Slice(176, 8), recording?.StartDate, warnings);

        long declaredRecords = ParseInteger(fixedHeader, 236, 8, "number of data records", file, -1, long.MaxValue);
        double recordSeconds = ParseReal(fixedHeader, 244, 8, "duration of a data record", file, warnings);
        // Below a microsecond the sample rates would be absurd (and 0·rate could become NaN); no real file does this.
        if (recordSeconds < 0 || recordSeconds is > 0 and < 1e-6)
            throw new EdfFormatException(file, "duration of a data record", 244, $"is {recordSeconds}; expected 0 (annotation-only files) or at least 1e-6 seconds");

        var signalHeader = new byte[headerBytes - FixedHeaderBytes];
        source.ReadExactly(FixedHeaderBytes, signalHeader);
        var parsed = ParseSignals(signalHeader, signalCount, isBdf, isPlus, file, warnings);

        long dataBytes = fileLength - headerBytes;
        long recordBytes = 0;
        for (int i = 0; i < signalCount; i++)
        {
            long signalBytes = (long)parsed[i].SamplesPerRecord * bytesPerSample;
            recordBytes += signalBytes;
            // One signal alone larger than all the data: its sample count is garbled (a merely
            // truncated file is reported at the record count instead, below).
            if (signalBytes > dataBytes && declaredRecords != 0)
                throw new EdfFormatException(file, $"samples per data record of '{parsed[i].Label}' (signal {i + 1})", SignalFieldOffset(signalCount, 8, i, 216),
                    $"is {parsed[i].SamplesPerRecord}: that signal alone would need {signalBytes} bytes per record, more than the {dataBytes} bytes of data in the file");
        }
        // Records are read whole into memory; a gigabyte record means a garbled header, not a real file.
        if (recordBytes > MaxRecordBytes)
            throw new EdfFormatException(file, "samples per data record", SignalFieldOffset(signalCount, 8, 0, 216),
                $"add up to {recordBytes} bytes per data record; at most {MaxRecordBytes} are supported");
        bool hasDataSignals = parsed.Any(s => !s.IsAnnotation);
        if (recordSeconds == 0 && hasDataSignals)
            throw new EdfFormatException(file, "duration of a data record", 244,
                "is 0, which EDF+ allows only for annotation-only files, but this file has ordinary signals");

        long recordCount = ResolveRecordCount(declaredRecords, dataBytes, recordBytes, file, warnings);

        var signals = new EdfSignal[signalCount];
        for (int i = 0; i < signalCount; i++)
        {
            var p = parsed[i];
            string? note = null;
            double? scale = p.IsAnnotation ? null : EdfUnits.ScaleToMicrovolts(p.Dimension, out note);
            if (note is not null)
                warnings.Add(new ReadWarning($"physical dimension of '{p.Label}'", note));
            signals[i] = new EdfSignal
            {
                Index = i,
                Label = p.Label,
                Transducer = p.Transducer,
                PhysicalDimension = p.Dimension,
                ScaleToMicrovolts = scale,
                PhysicalMin = p.PhysicalMin,
                PhysicalMax = p.PhysicalMax,
                DigitalMin = p.DigitalMin,
                DigitalMax = p.DigitalMax,
                Prefiltering = p.Prefiltering,
                SamplesPerRecord = p.SamplesPerRecord,
                Reserved = p.Reserved,
                SampleRateHz = recordSeconds > 0 ? p.SamplesPerRecord / recordSeconds : 0,
                IsAnnotation = p.IsAnnotation,
                SampleCount = p.SamplesPerRecord * recordCount,
            };
        }

        return new EdfHeader
        {
            FileType = fileType,
            BytesPerSample = bytesPerSample,
            PatientIdentification = patientField,
            RecordingIdentification = recordingField,
            Patient = patient,
            Recording = recording,
            StartDateTime = start,
            HeaderBytes = (int)headerBytes,
            Reserved = reserved,
            DeclaredRecordCount = declaredRecords,
            RecordCount = recordCount,
            RecordDurationSeconds = recordSeconds,
            RecordBytes = recordBytes,
            Signals = signals,
        };
    }

    static long ResolveRecordCount(long declared, long dataBytes, long recordBytes, string file, List<ReadWarning> warnings)
    {
        const string field = "number of data records";
        if (recordBytes == 0) return 0;
        long complete = dataBytes / recordBytes;
        if (declared == -1)
        {
            if (complete == 0)
                throw new EdfFormatException(file, field, 236, $"is -1 (unknown) and the file holds no complete data record of {recordBytes} bytes");
            warnings.Add(new ReadWarning(field, $"is -1 (unknown, the recording was not closed properly); using the {complete} complete records the file length holds"));
            if (dataBytes % recordBytes != 0)
                warnings.Add(new ReadWarning("data records", $"the last {dataBytes % recordBytes} bytes do not form a complete record and are ignored"));
            return complete;
        }
        if (declared > complete)
        {
            if (complete == 0)
                throw new EdfFormatException(file, field, 236, $"is {declared} but the file holds no complete data record ({dataBytes} bytes of data, {recordBytes} per record)");
            warnings.Add(new ReadWarning(field, $"is {declared} but the file holds only {complete} complete records ({dataBytes} bytes of data, {recordBytes} per record); reading those {complete}"));
            return complete;
        }
        if (dataBytes > declared * recordBytes)
            warnings.Add(new ReadWarning(field, $"is {declared} but the file has {dataBytes - declared * recordBytes} bytes after the last record; they are ignored"));
        return declared;
    }

    static EdfFileType ClassifyType(bool isBdf, string reserved, List<ReadWarning> warnings)
    {
        if (reserved.StartsWith("EDF+C", StringComparison.Ordinal) || reserved.StartsWith("BDF+C", StringComparison.Ordinal))
            return isBdf ? EdfFileType.BdfPlusContinuous : EdfFileType.EdfPlusContinuous;
        if (reserved.StartsWith("EDF+D", StringComparison.Ordinal) || reserved.StartsWith("BDF+D", StringComparison.Ordinal))
            return isBdf ? EdfFileType.BdfPlusDiscontinuous : EdfFileType.EdfPlusDiscontinuous;
        if (reserved.StartsWith("EDF+", StringComparison.Ordinal) || reserved.StartsWith("BDF+", StringComparison.Ordinal))
            warnings.Add(new ReadWarning("reserved", $"is '{reserved}', neither '+C' nor '+D'; read as plain {(isBdf ? "BDF" : "EDF")}"));
        return isBdf ? EdfFileType.Bdf : EdfFileType.Edf;
    }

    sealed record ParsedSignal(string Label, string Transducer, string Dimension, double PhysicalMin, double PhysicalMax,
        int DigitalMin, int DigitalMax, string Prefiltering, int SamplesPerRecord, string Reserved, bool IsAnnotation);

    // Byte offset of signal i's entry in a per-signal field that starts fieldStart bytes into the signal header.
    static long SignalFieldOffset(int ns, int width, int i, int fieldStartPerSignal) =>
        FixedHeaderBytes + (long)fieldStartPerSignal * ns + (long)width * i;

    static ParsedSignal[] ParseSignals(byte[] h, int ns, bool isBdf, bool isPlus, string file, List<ReadWarning> warnings)
    {
        var result = new ParsedSignal[ns];
        int digitalLow = isBdf ? -8388608 : short.MinValue, digitalHigh = isBdf ? 8388607 : short.MaxValue;
        for (int i = 0; i < ns; i++)
        {
            string label = Text(h.AsSpan(16 * i, 16));
            bool isAnnotation = label is "EDF Annotations" or "BDF Annotations";
            string name = $"'{label}' (signal {i + 1})";
            string transducer = Text(h.AsSpan(ns * 16 + 80 * i, 80));
            string dimension = Text(h.AsSpan(ns * 96 + 8 * i, 8));
            double physMin = ParseReal(h, ns * 104 + 8 * i, 8, $"physical minimum of {name}", file, warnings, FixedHeaderBytes);
            double physMax = ParseReal(h, ns * 112 + 8 * i, 8, $"physical maximum of {name}", file, warnings, FixedHeaderBytes);
            long digMin = ParseInteger(h, ns * 120 + 8 * i, 8, $"digital minimum of {name}", file, int.MinValue, int.MaxValue, FixedHeaderBytes);
            long digMax = ParseInteger(h, ns * 128 + 8 * i, 8, $"digital maximum of {name}", file, int.MinValue, int.MaxValue, FixedHeaderBytes);
            string prefiltering = Text(h.AsSpan(ns * 136 + 80 * i, 80));
            long spr = ParseInteger(h, ns * 216 + 8 * i, 8, $"samples per data record of {name}", file, 1, int.MaxValue, FixedHeaderBytes);
            string reserved = Text(h.AsSpan(ns * 224 + 32 * i, 32));

            if (!isAnnotation)
            {
                if (digMin >= digMax)
                    throw new EdfFormatException(file, $"digital minimum of {name}", SignalFieldOffset(ns, 8, i, 120),
                        $"is {digMin}, not below the digital maximum {digMax}; samples cannot be scaled");
                if (digMin < digitalLow || digMax > digitalHigh)
                    warnings.Add(new ReadWarning($"digital range of {name}",
                        $"[{digMin}, {digMax}] exceeds the {(isBdf ? 24 : 16)}-bit sample range [{digitalLow}, {digitalHigh}]; samples are scaled as stored"));
                // A flat range occurs in real files for unused channels; the formula then gives PhysicalMin for every sample.
                if (physMin == physMax)
                    warnings.Add(new ReadWarning($"physical range of {name}",
                        $"minimum equals maximum ({physMin}); every sample reads as {physMin}"));
            }
            else if (!isPlus)
            {
                warnings.Add(new ReadWarning($"label of signal {i + 1}", $"is '{label}' although the file is not EDF+/BDF+; its bytes are read as annotations"));
            }
            result[i] = new ParsedSignal(label, transducer, dimension, physMin, physMax, (int)digMin, (int)digMax, prefiltering, (int)spr, reserved, isAnnotation);
        }
        return result;
    }

    static long ParseInteger(ReadOnlySpan<byte> header, int offset, int width, string field, string file, long min, long max, long baseOffset = 0)
    {
        var raw = header.Slice(offset, width);
        string text = Ascii(raw);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            // Some writers store integers as "256.0": accept when it is an exact integer.
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) && real == Math.Floor(real) && Math.Abs(real) < 1e15)
                value = (long)real;
            else
                throw new EdfFormatException(file, field, baseOffset + offset, $"is '{Printable(raw)}'; expected an integer");
        }
        if (value < min || value > max)
            throw new EdfFormatException(file, field, baseOffset + offset,
                max == long.MaxValue ? $"is {value}; expected an integer ≥ {min}" : $"is {value}; expected an integer in [{min}, {max}]");
        return value;
    }

    static double ParseReal(ReadOnlySpan<byte> header, int offset, int width, string field, string file, List<ReadWarning> warnings, long baseOffset = 0)
    {
        var raw = header.Slice(offset, width);
        string text = Ascii(raw);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            return value;
        // Exporters in decimal-comma locales write "0,5"; accept it, visibly.
        if (text.Contains(',') && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            warnings.Add(new ReadWarning(field, $"'{text}' uses a decimal comma; read as {value.ToString(CultureInfo.InvariantCulture)}"));
            return value;
        }
        throw new EdfFormatException(file, field, baseOffset + offset, $"is '{Printable(raw)}'; expected a number");
    }

    static DateTime? ParseStart(ReadOnlySpan<byte> dateField, ReadOnlySpan<byte> timeField, DateOnly? plusStartDate, List<ReadWarning> warnings)
    {
        string date = Ascii(dateField), time = Ascii(timeField);
        var d = SplitTriple(date);
        var t = SplitTriple(time);
        if (t is null || d is null)
        {
            // "yy" in the year position is the EDF+ convention for years after 2084: the Startdate subfield has the year.
            if (t is not null && plusStartDate is { } sd && date.Length == 8 && date.EndsWith("yy", StringComparison.OrdinalIgnoreCase))
                return TryBuild(sd.Year, sd.Month, sd.Day, t.Value, warnings, date, time);
            warnings.Add(new ReadWarning("start date/time", $"'{date}' '{time}' is not dd.mm.yy hh.mm.ss; the start time is unknown"));
            return null;
        }
        int yy = d.Value.C;
        int year = yy >= 85 ? 1900 + yy : 2000 + yy;
        if (plusStartDate is { } startDate)
        {
            if (startDate.Year % 100 == yy) year = startDate.Year;
            else warnings.Add(new ReadWarning("start date", $"year '{yy:00}' disagrees with the EDF+ Startdate subfield ({startDate:yyyy-MM-dd}); using {year}"));
        }
        return TryBuild(year, d.Value.B, d.Value.A, t.Value, warnings, date, time);
    }

    static DateTime? TryBuild(int year, int month, int day, (int A, int B, int C) t, List<ReadWarning> warnings, string date, string time)
    {
        if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && t.A < 24 && t.B < 60 && t.C < 60)
            return new DateTime(year, month, day, t.A, t.B, t.C, DateTimeKind.Unspecified);
        warnings.Add(new ReadWarning("start date/time", $"'{date}' '{time}' is not a valid date and time; the start time is unknown"));
        return null;
    }

    static (int A, int B, int C)? SplitTriple(string s)
    {
        // The standard separator is '.', but some writers use ':' or '-'.
        var parts = s.Split('.', ':', '-', '/');
        if (parts.Length != 3) return null;
        Span<int> v = stackalloc int[3];
        for (int i = 0; i < 3; i++)
            if (parts[i].Length is < 1 or > 2 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out v[i])) return null;
        return (v[0], v[1], v[2]);
    }

    static EdfPatient ParsePatient(string field, List<ReadWarning> warnings)
    {
        var parts = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? Part(int i) => i < parts.Length && parts[i] != "X" ? parts[i] : null;
        DateOnly? birth = null;
        if (Part(2) is { } b)
        {
            birth = ParsePlusDate(b);
            if (birth is null) warnings.Add(new ReadWarning("patient birthdate", $"'{b}' is not dd-MMM-yyyy; ignored"));
        }
        return new EdfPatient(Part(0), Part(1), birth, Part(3), string.Join(' ', parts.Skip(4)));
    }

    static EdfRecordingInfo? ParseRecordingInfo(string field, List<ReadWarning> warnings)
    {
        var parts = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].Equals("Startdate", StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add(new ReadWarning("recording identification", "does not start with 'Startdate' as EDF+ requires; subfields not parsed"));
            return null;
        }
        string? Part(int i) => i < parts.Length && parts[i] != "X" ? parts[i] : null;
        DateOnly? start = null;
        if (Part(1) is { } s)
        {
            start = ParsePlusDate(s);
            if (start is null) warnings.Add(new ReadWarning("recording Startdate", $"'{s}' is not dd-MMM-yyyy; ignored"));
        }
        return new EdfRecordingInfo(start, Part(2), Part(3), Part(4), string.Join(' ', parts.Skip(5)));
    }

    static DateOnly? ParsePlusDate(string s)
    {
        var p = s.Split('-');
        if (p.Length != 3 || !int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || p[2].Length != 4)
            return null;
        int month = Array.IndexOf(MonthNames, p[1].ToUpperInvariant()) + 1;
        if (month == 0 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>Numeric/date fields: ASCII with space or NUL padding.</summary>
    static string Ascii(ReadOnlySpan<byte> raw)
    {
        Span<char> chars = stackalloc char[raw.Length];
        for (int i = 0; i < raw.Length; i++) chars[i] = raw[i] is >= 32 and < 127 ? (char)raw[i] : ' ';
        return new string(chars).Trim();
    }

    /// <summary>
    /// Text fields: the standard says ASCII, but real files carry Latin-1 (0xB5 for µ) or UTF-8.
    /// Valid UTF-8 is taken as UTF-8, anything else as Latin-1, so neither is garbled.
    /// </summary>
    internal static string Text(ReadOnlySpan<byte> raw)
    {
        bool ascii = true;
        foreach (byte b in raw) if (b >= 0x80) { ascii = false; break; }
        string s;
        if (ascii) s = Encoding.ASCII.GetString(raw);
        else
        {
            try { s = StrictUtf8.GetString(raw); }
            catch (DecoderFallbackException) { s = Encoding.Latin1.GetString(raw); }
        }
        return s.Trim(' ', '\0');
    }

    static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static string Printable(ReadOnlySpan<byte> raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (byte b in raw) sb.Append(b is >= 32 and < 127 ? (char)b : $"\\x{b:X2}");
        return sb.ToString().TrimEnd(' ');
    }
}
