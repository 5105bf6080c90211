using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SleepFM.IO.Edf;

/// <summary>
/// Writes EDF+C (or BDF+C, or EDF+D with record start times) files that <see cref="EdfFile"/> and MNE read back.
/// Samples are pushed per signal with <see cref="WriteSamples(int, ReadOnlySpan{double})"/> in any
/// interleaving; each data record is written as soon as every signal has supplied it, so memory stays
/// bounded when the caller interleaves (pushing whole signals one after another buffers them as ints).
/// </summary>
/// <remarks>
/// Digitisation: <c>digital = round(DigitalMin + (x − PhysicalMin) / gain)</c> (half away from zero), clipped to
/// the digital range, using the physical range as written to the header. Records left incomplete at
/// <see cref="Dispose"/> are padded with the digital value nearest physical 0. The header's record count is
/// written as −1 at first and patched on <see cref="Dispose"/>. Annotations go in the record holding their
/// onset (onsets before the start in the first record, after the end in the last).
/// </remarks>
public sealed class EdfWriter : IDisposable
{
    readonly Stream stream;
    readonly bool ownsStream;
    readonly EdfWriterSettings settings;
    readonly int bytesPerSample;
    readonly int[] samplesPerRecord;
    readonly double[] physMin, gain;
    readonly int[] digMin, digMax, padDigital;
    readonly EdfSampleQueue[] pending;
    readonly int annotationBytes;
    readonly double recordSeconds;
    readonly Queue<EdfAnnotation> annotations;
    readonly byte[] record;
    long recordsWritten;
    bool disposed;

    /// <summary>Creates (or overwrites) a file and writes its header.</summary>
    /// <param name="path">Destination path.</param>
    /// <param name="settings">What to write.</param>
    /// <exception cref="ArgumentException">A setting cannot be written (too long, non-ASCII, sample rate × record duration not whole, …).</exception>
    public EdfWriter(string path, EdfWriterSettings settings)
        : this(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16), settings, ownsStream: true)
    {
    }

    /// <summary>Writes to a seekable stream (the record count is patched at the end).</summary>
    /// <param name="stream">A writable, seekable stream positioned at the start of the file.</param>
    /// <param name="settings">What to write.</param>
    /// <param name="ownsStream">Dispose the stream with the writer.</param>
    public EdfWriter(Stream stream, EdfWriterSettings settings, bool ownsStream = false)
    {
        if (!stream.CanSeek || !stream.CanWrite) throw new ArgumentException("The stream must be writable and seekable.", nameof(stream));
        this.stream = stream;
        this.ownsStream = ownsStream;
        this.settings = settings;
        try
        {
            bytesPerSample = settings.Bdf ? 3 : 2;
            int n = settings.Signals.Count;
            recordSeconds = n == 0 ? 0 : settings.RecordDurationSeconds;
            if (n > 0 && !(recordSeconds > 0 && double.IsFinite(recordSeconds)))
                throw new ArgumentException($"RecordDurationSeconds is {recordSeconds}; it must be a positive number of seconds.", nameof(settings));
            samplesPerRecord = new int[n];
            physMin = new double[n]; gain = new double[n];
            digMin = new int[n]; digMax = new int[n]; padDigital = new int[n];
            pending = new EdfSampleQueue[n];
            foreach (var a in settings.Annotations)
                if (!double.IsFinite(a.OnsetSeconds) || a.DurationSeconds is { } d && !(d >= 0 && double.IsFinite(d)) || a.Text.AsSpan().IndexOfAny('\0', '\x14', '\x15') >= 0)
                    throw new ArgumentException($"Annotation {a} cannot be written: onset must be finite, duration finite and ≥ 0, and the text free of the TAL delimiters \\0, \\x14, \\x15.", nameof(settings));
            annotations = new Queue<EdfAnnotation>(settings.Annotations.OrderBy(a => a.OnsetSeconds));
            byte[] header = BuildHeader(out annotationBytes);
            record = new byte[samplesPerRecord.Sum(s => (long)s * bytesPerSample) + annotationBytes];
            stream.Write(header);
        }
        catch
        {
            if (ownsStream) stream.Dispose();
            throw;
        }
    }

    /// <summary>Number of signals (excluding the annotation signal).</summary>
    public int SignalCount => settings.Signals.Count;

    /// <summary>Data records written so far.</summary>
    public long RecordsWritten => recordsWritten;

    /// <summary>Appends physical values (in the signal's dimension) to one signal.</summary>
    /// <param name="signalIndex">0 ≤ index &lt; <see cref="SignalCount"/>.</param>
    /// <param name="physical">Finite values; those outside the physical range are clipped.</param>
    public void WriteSamples(int signalIndex, ReadOnlySpan<double> physical)
    {
        CheckSignal(signalIndex);
        foreach (double x in physical)
            if (!double.IsFinite(x)) throw new ArgumentException($"Signal {signalIndex} ('{settings.Signals[signalIndex].Label}') got a non-finite sample ({x}).", nameof(physical));
        var target = pending[signalIndex].Reserve(physical.Length);
        double pMin = physMin[signalIndex], g = gain[signalIndex];
        int lo = digMin[signalIndex], hi = digMax[signalIndex];
        for (int i = 0; i < physical.Length; i++)
        {
            double d = Math.Round(lo + (physical[i] - pMin) / g, MidpointRounding.AwayFromZero);
            target[i] = d <= lo ? lo : d >= hi ? hi : (int)d;
        }
        FlushCompleteRecords();
    }

    /// <summary>Appends physical values given as float32.</summary>
    /// <param name="signalIndex">0 ≤ index &lt; <see cref="SignalCount"/>.</param>
    /// <param name="physical">Finite values.</param>
    public void WriteSamples(int signalIndex, ReadOnlySpan<float> physical)
    {
        const int Block = 4096;
        Span<double> buffer = stackalloc double[Block];
        for (int i = 0; i < physical.Length; i += Block)
        {
            int n = Math.Min(Block, physical.Length - i);
            for (int j = 0; j < n; j++) buffer[j] = physical[i + j];
            WriteSamples(signalIndex, buffer[..n]);
        }
    }

    /// <summary>Appends digital values as they are to be stored (must lie within the signal's digital range).</summary>
    /// <param name="signalIndex">0 ≤ index &lt; <see cref="SignalCount"/>.</param>
    /// <param name="digital">Values in [DigitalMin, DigitalMax].</param>
    public void WriteDigitalSamples(int signalIndex, ReadOnlySpan<int> digital)
    {
        CheckSignal(signalIndex);
        foreach (int d in digital)
            if (d < digMin[signalIndex] || d > digMax[signalIndex])
                throw new ArgumentOutOfRangeException(nameof(digital), d, $"outside the digital range [{digMin[signalIndex]}, {digMax[signalIndex]}] of signal {signalIndex}");
        digital.CopyTo(pending[signalIndex].Reserve(digital.Length));
        FlushCompleteRecords();
    }

    /// <summary>Writes a whole file in one call: <paramref name="signals"/>[i] holds all samples of settings.Signals[i].</summary>
    /// <param name="path">Destination path.</param>
    /// <param name="settings">What to write.</param>
    /// <param name="signals">Physical values per signal; their lengths should correspond to the same duration.</param>
    public static void Write(string path, EdfWriterSettings settings, IReadOnlyList<double[]> signals)
    {
        if (signals.Count != settings.Signals.Count)
            throw new ArgumentException($"Got {signals.Count} sample arrays for {settings.Signals.Count} signals.", nameof(signals));
        using var writer = new EdfWriter(path, settings);
        // Interleave one record at a time so the writer never buffers a whole signal.
        long records = settings.Signals.Count == 0 ? 0 : signals.Select((s, i) => (long)Math.Ceiling(s.Length / (double)writer.samplesPerRecord[i])).Max();
        for (long r = 0; r < records; r++)
            for (int i = 0; i < signals.Count; i++)
            {
                int spr = writer.samplesPerRecord[i];
                long start = r * spr;
                if (start < signals[i].Length)
                    writer.WriteSamples(i, signals[i].AsSpan((int)start, (int)Math.Min(spr, signals[i].Length - start)));
            }
    }

    /// <summary>Writes the remaining (padded) records and the annotations that are left, patches the record count, and closes the file.</summary>
    /// <exception cref="InvalidOperationException">The annotations left over do not fit the last record (set <see cref="EdfWriterSettings.AnnotationBytesPerRecord"/>).</exception>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        try
        {
            if (SignalCount == 0) WriteRecord(finalRecord: true);
            else
            {
                int remaining = 0;
                for (int i = 0; i < SignalCount; i++)
                    remaining = Math.Max(remaining, (pending[i].Count + samplesPerRecord[i] - 1) / samplesPerRecord[i]);
                for (int i = 0; i < SignalCount; i++)
                    while (pending[i].Count < remaining * samplesPerRecord[i]) pending[i].Add(padDigital[i]);
                for (int r = 0; r < remaining; r++) WriteRecord(finalRecord: r == remaining - 1);
                if (remaining == 0 && annotations.Count > 0 && recordsWritten == 0)
                    throw new InvalidOperationException("No samples were written, so there is no data record to hold the annotations.");
            }
            if (settings.RecordStartSeconds is { } starts && starts.Count != recordsWritten)
                throw new InvalidOperationException($"RecordStartSeconds has {starts.Count} entries but {recordsWritten} records were written.");
            Span<byte> count = stackalloc byte[8];
            EdfHeaderFormat.Put(count, recordsWritten.ToString(CultureInfo.InvariantCulture), "number of data records");
            stream.Flush();
            stream.Seek(236, SeekOrigin.Begin);
            stream.Write(count);
            stream.Flush();
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    void CheckSignal(int signalIndex)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(signalIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(signalIndex, SignalCount);
    }

    void FlushCompleteRecords()
    {
        // The last complete record is held back until another one completes (or Dispose), because
        // annotations whose onsets lie past the end of the data have to go into the final record.
        while (true)
        {
            for (int i = 0; i < SignalCount; i++)
                if (pending[i].Count < 2 * samplesPerRecord[i]) return;
            WriteRecord(finalRecord: false);
        }
    }

    void WriteRecord(bool finalRecord)
    {
        var span = record.AsSpan();
        int offset = 0;
        for (int i = 0; i < SignalCount; i++)
        {
            int spr = samplesPerRecord[i];
            var samples = pending[i].Peek(spr);
            for (int k = 0; k < spr; k++, offset += bytesPerSample)
            {
                int d = samples[k];
                if (bytesPerSample == 2) BinaryPrimitives.WriteInt16LittleEndian(span[offset..], (short)d);
                else { span[offset] = (byte)d; span[offset + 1] = (byte)(d >> 8); span[offset + 2] = (byte)(d >> 16); }
            }
            pending[i].Drop(spr);
        }
        WriteAnnotationBlock(span[offset..], finalRecord);
        stream.Write(span);
        recordsWritten++;
    }

    double RecordStart(long recordIndex) =>
        settings.RecordStartSeconds is { } starts
            ? recordIndex < starts.Count ? starts[(int)recordIndex]
                : throw new InvalidOperationException($"More records were written than RecordStartSeconds has entries ({starts.Count}).")
            : recordIndex * recordSeconds;

    void WriteAnnotationBlock(Span<byte> block, bool finalRecord)
    {
        block.Clear();
        double start = RecordStart(recordsWritten);
        int used = Encode(block, Tal(start, null, null), "time-keeping TAL");
        double end = start + recordSeconds;
        while (annotations.Count > 0 && (finalRecord || annotations.Peek().OnsetSeconds < end))
        {
            byte[] tal = Tal(annotations.Peek().OnsetSeconds, annotations.Peek().DurationSeconds, annotations.Peek().Text);
            // Leave at least one 0 byte at the end so the block stays terminated.
            if (used + tal.Length >= block.Length)
            {
                if (finalRecord)
                    throw new InvalidOperationException(
                        $"{annotations.Count} annotations do not fit the last record's {block.Length} annotation bytes; set EdfWriterSettings.AnnotationBytesPerRecord.");
                break;
            }
            used += Encode(block[used..], tal, "annotation");
            annotations.Dequeue();
        }
    }

    static int Encode(Span<byte> destination, byte[] tal, string what)
    {
        if (tal.Length > destination.Length) throw new InvalidOperationException($"The {what} ({tal.Length} bytes) does not fit the annotation signal.");
        tal.CopyTo(destination);
        return tal.Length;
    }

    static byte[] Tal(double onset, double? duration, string? text)
    {
        var sb = new StringBuilder();
        sb.Append(onset < 0 ? '-' : '+').Append(EdfHeaderFormat.TalNumber(Math.Abs(onset)));
        if (duration is { } d) sb.Append('\x15').Append(EdfHeaderFormat.TalNumber(d));
        sb.Append('\x14');
        if (text is null) sb.Append('\x14');
        else sb.Append(text).Append('\x14');
        sb.Append('\0');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    byte[] BuildHeader(out int annotationBytesPerRecord)
    {
        int n = SignalCount;
        int ns = n + 1;
        var h = new byte[256 * (ns + 1)];
        var span = h.AsSpan();
        if (settings.Bdf) { h[0] = 0xFF; "BIOSEMI"u8.CopyTo(span[1..]); }
        else EdfHeaderFormat.Put(span[..8], "0", "version");

        var p = settings.Patient;
        string patient = string.Join(' ', EdfHeaderFormat.Subfield(p?.Code), EdfHeaderFormat.Subfield(p?.Sex),
            p?.BirthDate is { } b ? EdfHeaderFormat.PlusDate(b) : "X", EdfHeaderFormat.Subfield(p?.Name));
        if (!string.IsNullOrWhiteSpace(p?.Additional)) patient += " " + p.Additional.Trim();
        EdfHeaderFormat.Put(span.Slice(8, 80), patient, "patient identification");

        var start = settings.StartDateTime;
        var r = settings.Recording;
        string recording = string.Join(' ', "Startdate", EdfHeaderFormat.PlusDate(DateOnly.FromDateTime(start)),
            EdfHeaderFormat.Subfield(r?.AdminCode), EdfHeaderFormat.Subfield(r?.Technician), EdfHeaderFormat.Subfield(r?.Equipment));
        if (!string.IsNullOrWhiteSpace(r?.Additional)) recording += " " + r.Additional.Trim();
        EdfHeaderFormat.Put(span.Slice(88, 80), recording, "recording identification");

        // EDF+: two-digit years cover 1985–2084; after that the field says "yy" and the Startdate subfield has the year.
        string yy = start.Year is >= 1985 and <= 2084 ? (start.Year % 100).ToString("00", CultureInfo.InvariantCulture) : "yy";
        EdfHeaderFormat.Put(span.Slice(168, 8), $"{start.Day:00}.{start.Month:00}.{yy}", "start date");
        EdfHeaderFormat.Put(span.Slice(176, 8), $"{start.Hour:00}.{start.Minute:00}.{start.Second:00}", "start time");
        EdfHeaderFormat.Put(span.Slice(184, 8), h.Length.ToString(CultureInfo.InvariantCulture), "header bytes");
        bool discontinuous = settings.RecordStartSeconds is not null;
        EdfHeaderFormat.Put(span.Slice(192, 44), (settings.Bdf ? "BDF+" : "EDF+") + (discontinuous ? "D" : "C"), "reserved");
        EdfHeaderFormat.Put(span.Slice(236, 8), "-1", "number of data records");
        string duration = EdfHeaderFormat.Number(recordSeconds, 8, roundUp: false);
        if (double.Parse(duration, CultureInfo.InvariantCulture) != recordSeconds)
            throw new ArgumentException($"RecordDurationSeconds {recordSeconds} cannot be written exactly in 8 characters.", nameof(settings));
        EdfHeaderFormat.Put(span.Slice(244, 8), duration, "record duration");
        EdfHeaderFormat.Put(span.Slice(252, 4), ns.ToString(CultureInfo.InvariantCulture), "number of signals");

        int fullMin = settings.Bdf ? -8388608 : short.MinValue, fullMax = settings.Bdf ? 8388607 : short.MaxValue;
        for (int i = 0; i < n; i++)
        {
            var s = settings.Signals[i];
            string what = $"signal {i} ('{s.Label}')";
            double sprExact = s.SampleRateHz * recordSeconds;
            int spr = (int)Math.Round(sprExact);
            if (!(s.SampleRateHz > 0) || spr < 1 || Math.Abs(sprExact - spr) > 1e-9 * Math.Max(1, sprExact))
                throw new ArgumentException($"{what}: {s.SampleRateHz} Hz × {recordSeconds} s per record = {sprExact} samples; it must be a whole number ≥ 1 (choose another record duration).", nameof(settings));
            int dMin = s.DigitalMin ?? fullMin, dMax = s.DigitalMax ?? fullMax;
            if (dMin >= dMax || dMin < fullMin || dMax > fullMax)
                throw new ArgumentException($"{what}: digital range [{dMin}, {dMax}] must be increasing and within [{fullMin}, {fullMax}].", nameof(settings));
            if (!double.IsFinite(s.PhysicalMin) || !double.IsFinite(s.PhysicalMax) || s.PhysicalMin == s.PhysicalMax)
                throw new ArgumentException($"{what}: physical range [{s.PhysicalMin}, {s.PhysicalMax}] must be finite and non-empty.", nameof(settings));
            bool inverted = s.PhysicalMin > s.PhysicalMax;
            // Rounded outwards so that every value inside the requested range stays representable.
            string pMinText = EdfHeaderFormat.Number(s.PhysicalMin, 8, roundUp: inverted);
            string pMaxText = EdfHeaderFormat.Number(s.PhysicalMax, 8, roundUp: !inverted);
            double pMin = double.Parse(pMinText, CultureInfo.InvariantCulture), pMax = double.Parse(pMaxText, CultureInfo.InvariantCulture);
            if (pMin == pMax)
                throw new ArgumentException($"{what}: physical range [{s.PhysicalMin}, {s.PhysicalMax}] collapses when written in 8 characters.", nameof(settings));

            samplesPerRecord[i] = spr;
            physMin[i] = pMin;
            gain[i] = (pMax - pMin) / ((double)dMax - dMin);
            digMin[i] = dMin; digMax[i] = dMax;
            padDigital[i] = (int)Math.Clamp(Math.Round(dMin + (0 - pMin) / gain[i], MidpointRounding.AwayFromZero), dMin, dMax);
            pending[i] = new EdfSampleQueue(spr * 2);

            EdfHeaderFormat.Put(SignalField(span, ns, 0, 16, i), s.Label, $"{what} label");
            EdfHeaderFormat.Put(SignalField(span, ns, 16, 80, i), s.Transducer, $"{what} transducer");
            EdfHeaderFormat.Put(SignalField(span, ns, 96, 8, i), s.PhysicalDimension, $"{what} physical dimension");
            EdfHeaderFormat.Put(SignalField(span, ns, 104, 8, i), pMinText, $"{what} physical minimum");
            EdfHeaderFormat.Put(SignalField(span, ns, 112, 8, i), pMaxText, $"{what} physical maximum");
            EdfHeaderFormat.Put(SignalField(span, ns, 120, 8, i), dMin.ToString(CultureInfo.InvariantCulture), $"{what} digital minimum");
            EdfHeaderFormat.Put(SignalField(span, ns, 128, 8, i), dMax.ToString(CultureInfo.InvariantCulture), $"{what} digital maximum");
            EdfHeaderFormat.Put(SignalField(span, ns, 136, 80, i), s.Prefiltering, $"{what} prefiltering");
            EdfHeaderFormat.Put(SignalField(span, ns, 216, 8, i), spr.ToString(CultureInfo.InvariantCulture), $"{what} samples per record");
            EdfHeaderFormat.Put(SignalField(span, ns, 224, 32, i), "", $"{what} reserved");
        }

        annotationBytesPerRecord = AnnotationCapacity();
        int annotationSamples = (annotationBytesPerRecord + bytesPerSample - 1) / bytesPerSample;
        annotationBytesPerRecord = annotationSamples * bytesPerSample;
        string label = settings.Bdf ? "BDF Annotations" : "EDF Annotations";
        EdfHeaderFormat.Put(SignalField(span, ns, 0, 16, n), label, "annotation label");
        EdfHeaderFormat.Put(SignalField(span, ns, 16, 80, n), "", "annotation transducer");
        EdfHeaderFormat.Put(SignalField(span, ns, 96, 8, n), "", "annotation dimension");
        EdfHeaderFormat.Put(SignalField(span, ns, 104, 8, n), "-1", "annotation physical minimum");
        EdfHeaderFormat.Put(SignalField(span, ns, 112, 8, n), "1", "annotation physical maximum");
        EdfHeaderFormat.Put(SignalField(span, ns, 120, 8, n), fullMin.ToString(CultureInfo.InvariantCulture), "annotation digital minimum");
        EdfHeaderFormat.Put(SignalField(span, ns, 128, 8, n), fullMax.ToString(CultureInfo.InvariantCulture), "annotation digital maximum");
        EdfHeaderFormat.Put(SignalField(span, ns, 136, 80, n), "", "annotation prefiltering");
        EdfHeaderFormat.Put(SignalField(span, ns, 216, 8, n), annotationSamples.ToString(CultureInfo.InvariantCulture), "annotation samples per record");
        EdfHeaderFormat.Put(SignalField(span, ns, 224, 32, n), "", "annotation reserved");
        return h;
    }

    static Span<byte> SignalField(Span<byte> header, int ns, int fieldStart, int width, int i) =>
        header.Slice(256 + fieldStart * ns + width * i, width);

    int AnnotationCapacity()
    {
        // Time-keeping TAL ("+onset\x14\x14\0") for the largest onset, plus the heaviest record's annotations, plus a 0 terminator.
        double lastStart = settings.RecordStartSeconds is { Count: > 0 } s ? s.Max() : 1e7;
        int timeKeeping = Tal(lastStart, null, null).Length + 4;
        if (settings.AnnotationBytesPerRecord is { } given)
        {
            if (given < timeKeeping) throw new ArgumentException($"AnnotationBytesPerRecord {given} is below the {timeKeeping} bytes a time-keeping TAL needs.", nameof(settings));
            return given;
        }
        if (SignalCount == 0) return timeKeeping + settings.Annotations.Sum(a => Tal(a.OnsetSeconds, a.DurationSeconds, a.Text).Length) + 1;
        var perRecord = new Dictionary<long, int>();
        foreach (var a in settings.Annotations)
        {
            long home = HomeRecord(a.OnsetSeconds);
            perRecord[home] = perRecord.GetValueOrDefault(home) + Tal(a.OnsetSeconds, a.DurationSeconds, a.Text).Length;
        }
        int heaviest = perRecord.Count == 0 ? 0 : perRecord.Values.Max();
        return timeKeeping + heaviest + 1;
    }

    long HomeRecord(double onset)
    {
        if (settings.RecordStartSeconds is { } starts)
        {
            long r = 0;
            while (r + 1 < starts.Count && starts[(int)r + 1] <= onset) r++;
            return r;
        }
        return Math.Max(0, (long)Math.Floor(onset / recordSeconds));
    }
}
