using System.Buffers;

namespace SleepFM.IO.Edf;

/// <summary>
/// An open EDF/EDF+/BDF/BDF+ file: the header (parsed once), the annotations and record start times
/// (read when the file is opened), and lazy sample reads that touch only the data records a request needs.
/// Create with <see cref="EdfFile.Open(string)"/>. Reads are positional, so one instance may be read from
/// several threads at once. Memory use is bounded by the request, not the file size.
/// </summary>
/// <remarks>
/// <para><b>Time.</b> For continuous files (EDF, EDF+C, BDF, BDF+C) a time is seconds since the first
/// sample, and sample k of a signal lies at k / SampleRateHz. For EDF+C the time-keeping TALs are
/// informational: a record whose TAL disagrees with record index × duration gives a warning.</para>
/// <para><b>Discontinuous files (EDF+D, BDF+D).</b> A time is seconds after the header start date/time,
/// the same clock as the TAL onsets. Each record starts at its time-keeping TAL's onset; runs of records
/// without gaps form <see cref="Segments"/>. A time-range read must lie within one segment; a range that
/// starts in a gap or crosses one throws <see cref="ArgumentException"/>: gaps are never filled with
/// made-up samples. Reads by sample index ignore time and return stored samples in record order.</para>
/// </remarks>
public sealed class EdfRecording : IDisposable
{
    readonly EdfByteSource source;
    readonly EdfRecordBlocks blocks;
    readonly double[]? recordStarts;

    internal EdfRecording(EdfByteSource source, EdfHeader header, List<ReadWarning> warnings)
    {
        this.source = source;
        Header = header;
        blocks = new EdfRecordBlocks(source, header);
        DataSignals = header.Signals.Where(s => !s.IsAnnotation).ToArray();
        (Annotations, recordStarts) = EdfAnnotationReader.Read(blocks, warnings);
        Segments = EdfAnnotationReader.BuildSegments(header, recordStarts, warnings);
        Warnings = warnings.ToArray();
    }

    /// <summary>The file path, or the name given to an in-memory file.</summary>
    public string FilePath => source.Name;

    /// <summary>The parsed header.</summary>
    public EdfHeader Header { get; }

    /// <summary>Every signal, annotation signals included, in file order; <see cref="EdfSignal.Index"/> is the index to read with.</summary>
    public IReadOnlyList<EdfSignal> Signals => Header.Signals;

    /// <summary>The ordinary (non-annotation) signals, in file order.</summary>
    public IReadOnlyList<EdfSignal> DataSignals { get; }

    /// <summary>All annotations from every annotation signal, ordered by onset (stable), time-keeping TALs excluded.</summary>
    public IReadOnlyList<EdfAnnotation> Annotations { get; }

    /// <summary>Runs of gap-free records; exactly one for a continuous file with at least one record, none for an empty one.</summary>
    public IReadOnlyList<EdfSegment> Segments { get; }

    /// <summary>Recoverable problems found in the header and annotations; empty for a clean file.</summary>
    public IReadOnlyList<ReadWarning> Warnings { get; }

    /// <summary>
    /// Start of a data record in seconds after the header start time: its time-keeping TAL's onset for
    /// EDF+D/BDF+D, otherwise recordIndex × record duration.
    /// </summary>
    /// <param name="recordIndex">0 ≤ recordIndex &lt; <see cref="EdfHeader.RecordCount"/>.</param>
    public double GetRecordStartSeconds(long recordIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recordIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(recordIndex, Header.RecordCount);
        return recordStarts is null ? recordIndex * Header.RecordDurationSeconds : recordStarts[recordIndex];
    }

    /// <summary>Index of the first signal whose label equals <paramref name="label"/> (ordinal, surrounding spaces ignored), or −1.</summary>
    public int IndexOf(string label)
    {
        label = label.Trim();
        foreach (var s in Header.Signals) if (s.Label == label) return s.Index;
        return -1;
    }

    /// <summary>
    /// The samples of a signal that a time range covers: first = round(startSeconds · rate), count =
    /// round(durationSeconds · rate), clipped to the end of the data (or of the segment, for EDF+D).
    /// </summary>
    /// <param name="signalIndex">Index into <see cref="Signals"/>; must not be an annotation signal.</param>
    /// <param name="startSeconds">Start time (see the remarks on <see cref="EdfRecording"/> for the clock); ≥ 0 for continuous files.</param>
    /// <param name="durationSeconds">Length of the range in seconds (≥ 0), or null for "to the end" (of the segment, for EDF+D).</param>
    /// <exception cref="ArgumentException">The range starts in or crosses a gap of an EDF+D file.</exception>
    public (long FirstSample, long Count) GetSampleRange(int signalIndex, double startSeconds, double? durationSeconds = null)
    {
        var signal = DataSignal(signalIndex);
        if (!double.IsFinite(startSeconds)) throw new ArgumentOutOfRangeException(nameof(startSeconds), startSeconds, "must be finite");
        if (durationSeconds is { } d && (!(d >= 0) || double.IsInfinity(d)))
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), d, "must be finite and ≥ 0");
        double rate = signal.SampleRateHz;
        long segmentFirst = 0, segmentCount = signal.SampleCount;
        double segmentStart = 0;
        if (Header.IsDiscontinuous && Segments.Count > 0)
        {
            var segment = Segments.FirstOrDefault(s => startSeconds >= s.StartSeconds && startSeconds < s.StartSeconds + s.DurationSeconds)
                ?? throw new ArgumentException(
                    $"{FilePath}: {startSeconds} s falls in a gap of this discontinuous (EDF+D) file; data exists in {DescribeSegments()}.", nameof(startSeconds));
            segmentFirst = segment.FirstRecord * signal.SamplesPerRecord;
            segmentCount = segment.RecordCount * signal.SamplesPerRecord;
            segmentStart = segment.StartSeconds;
            double end = startSeconds + (durationSeconds ?? 0);
            if (end > segment.StartSeconds + segment.DurationSeconds + 0.5 / rate)
                throw new ArgumentException(
                    $"{FilePath}: {startSeconds}–{end} s crosses the gap after the segment ending at {segment.StartSeconds + segment.DurationSeconds} s " +
                    "of this discontinuous (EDF+D) file; read each segment (Segments) separately.", nameof(durationSeconds));
        }
        else if (startSeconds < 0) throw new ArgumentOutOfRangeException(nameof(startSeconds), startSeconds, "must be ≥ 0 for a continuous file");

        long first = Math.Min((long)Math.Round((startSeconds - segmentStart) * rate), segmentCount);
        long available = segmentCount - first;
        long count = durationSeconds is { } dur ? Math.Min((long)Math.Round(dur * rate), available) : available;
        return (segmentFirst + first, count);
    }

    /// <summary>Reads digital (stored integer) samples of one signal over a time range.</summary>
    /// <returns>The samples; shorter than requested where the range passes the end of the data.</returns>
    public int[] ReadDigital(int signalIndex, double startSeconds = 0, double? durationSeconds = null) =>
        ReadRange<int>(signalIndex, startSeconds, durationSeconds, 1.0);

    /// <summary>Reads physical values (in the signal's <see cref="EdfSignal.PhysicalDimension"/>) of one signal over a time range.</summary>
    /// <returns>The values, float64; shorter than requested where the range passes the end of the data.</returns>
    public double[] ReadPhysical(int signalIndex, double startSeconds = 0, double? durationSeconds = null) =>
        ReadRange<double>(signalIndex, startSeconds, durationSeconds, 1.0);

    /// <summary>As <see cref="ReadPhysical(int, double, double?)"/>, as float32 (computed in double, rounded once).</summary>
    public float[] ReadPhysicalSingle(int signalIndex, double startSeconds = 0, double? durationSeconds = null) =>
        ReadRange<float>(signalIndex, startSeconds, durationSeconds, 1.0);

    /// <summary>Reads one voltage signal in microvolts, float32.</summary>
    /// <exception cref="InvalidOperationException">The signal's dimension is not a voltage (see <see cref="EdfUnits"/>).</exception>
    public float[] ReadMicrovolts(int signalIndex, double startSeconds = 0, double? durationSeconds = null) =>
        ReadRange<float>(signalIndex, startSeconds, durationSeconds, MicrovoltScale(signalIndex));

    /// <summary>Reads physical values of several signals over one time range; each may have its own sample rate.</summary>
    /// <returns>One array per requested signal, in request order.</returns>
    public double[][] ReadPhysical(IReadOnlyList<int> signalIndices, double startSeconds = 0, double? durationSeconds = null) =>
        ReadRanges<double>(signalIndices, startSeconds, durationSeconds, microvolts: false);

    /// <summary>Reads several voltage signals in microvolts, float32 <c>[channel][sample]</c>.</summary>
    /// <exception cref="InvalidOperationException">A signal's dimension is not a voltage.</exception>
    public float[][] ReadMicrovolts(IReadOnlyList<int> signalIndices, double startSeconds = 0, double? durationSeconds = null) =>
        ReadRanges<float>(signalIndices, startSeconds, durationSeconds, microvolts: true);

    /// <summary>Reads digital samples of one signal by sample index into a caller buffer.</summary>
    /// <param name="signalIndex">A data signal.</param>
    /// <param name="firstSample">0 ≤ firstSample ≤ the signal's <see cref="EdfSignal.SampleCount"/>.</param>
    /// <param name="destination">Receives up to its length in samples.</param>
    /// <returns>Samples written: less than the destination length only at the end of the data.</returns>
    public int ReadDigital(int signalIndex, long firstSample, Span<int> destination) =>
        ReadInto(signalIndex, firstSample, destination, 1.0);

    /// <summary>Reads physical values of one signal by sample index into a caller buffer; see <see cref="ReadDigital(int, long, Span{int})"/>.</summary>
    public int ReadPhysical(int signalIndex, long firstSample, Span<double> destination) =>
        ReadInto(signalIndex, firstSample, destination, 1.0);

    /// <summary>Float32 overload of <see cref="ReadPhysical(int, long, Span{double})"/>.</summary>
    public int ReadPhysical(int signalIndex, long firstSample, Span<float> destination) =>
        ReadInto(signalIndex, firstSample, destination, 1.0);

    /// <summary>
    /// Reads physical values of several signals by sample index into caller buffers, reading each needed
    /// data record once for all of them (the fast path for whole-montage streaming).
    /// </summary>
    /// <param name="signalIndices">Data signals to read.</param>
    /// <param name="firstSamples">Per signal, the first sample index to read.</param>
    /// <param name="destinations">Per signal, the buffer to fill; it is filled up to its length or the end of the data.</param>
    /// <param name="microvolts">True to convert voltages to microvolts (every signal must be a voltage).</param>
    /// <returns>Per signal, the number of samples written.</returns>
    public int[] ReadPhysical(IReadOnlyList<int> signalIndices, IReadOnlyList<long> firstSamples, IReadOnlyList<Memory<float>> destinations, bool microvolts = false) =>
        ReadMany(signalIndices, firstSamples, destinations, microvolts);

    /// <summary>Float64 overload of <see cref="ReadPhysical(IReadOnlyList{int}, IReadOnlyList{long}, IReadOnlyList{Memory{float}}, bool)"/>.</summary>
    public int[] ReadPhysical(IReadOnlyList<int> signalIndices, IReadOnlyList<long> firstSamples, IReadOnlyList<Memory<double>> destinations, bool microvolts = false) =>
        ReadMany(signalIndices, firstSamples, destinations, microvolts);

    /// <inheritdoc />
    public void Dispose() => source.Dispose();

    // ---- reading ----

    EdfSignal DataSignal(int signalIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(signalIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(signalIndex, Header.Signals.Count);
        var signal = Header.Signals[signalIndex];
        if (signal.IsAnnotation)
            throw new ArgumentException($"Signal {signalIndex} ('{signal.Label}') is an annotation signal; read its text through Annotations.", nameof(signalIndex));
        return signal;
    }

    double MicrovoltScale(int signalIndex)
    {
        var signal = DataSignal(signalIndex);
        return signal.ScaleToMicrovolts ?? throw new InvalidOperationException(
            $"{FilePath}: signal '{signal.Label}' has physical dimension '{signal.PhysicalDimension}', which is not a voltage; read it with ReadPhysical.");
    }

    T[] ReadRange<T>(int signalIndex, double startSeconds, double? durationSeconds, double scale) where T : unmanaged
    {
        var (first, count) = GetSampleRange(signalIndex, startSeconds, durationSeconds);
        var result = new T[CheckArrayLength(count)];
        ReadInto<T>(signalIndex, first, result, scale);
        return result;
    }

    T[][] ReadRanges<T>(IReadOnlyList<int> signalIndices, double startSeconds, double? durationSeconds, bool microvolts) where T : unmanaged
    {
        var firsts = new long[signalIndices.Count];
        var results = new T[signalIndices.Count][];
        var memories = new Memory<T>[signalIndices.Count];
        for (int k = 0; k < signalIndices.Count; k++)
        {
            var (first, count) = GetSampleRange(signalIndices[k], startSeconds, durationSeconds);
            firsts[k] = first;
            results[k] = new T[CheckArrayLength(count)];
            memories[k] = results[k];
        }
        ReadMany<T>(signalIndices, firsts, memories, microvolts);
        return results;
    }

    static long CheckArrayLength(long count) => count <= Array.MaxLength ? count
        : throw new ArgumentException($"The range holds {count} samples, more than one array can; read it in pieces with the buffer overloads.");

    int ReadInto<T>(int signalIndex, long firstSample, Span<T> destination, double scale) where T : unmanaged
    {
        var signal = DataSignal(signalIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(firstSample);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstSample, signal.SampleCount);
        int count = (int)Math.Min(destination.Length, signal.SampleCount - firstSample);
        if (count == 0) return 0;
        int spr = signal.SamplesPerRecord, bps = Header.BytesPerSample;
        long firstRecord = firstSample / spr, lastRecord = (firstSample + count - 1) / spr;
        int windowBytes = spr * bps;
        int written = 0;
        byte[] buffer = blocks.RentChunk(windowBytes, out int recordsPerChunk, out bool dense);
        try
        {
            for (long r = firstRecord; r <= lastRecord; r += recordsPerChunk)
            {
                int n = (int)Math.Min(recordsPerChunk, lastRecord - r + 1);
                int stride = blocks.FillWindows(buffer, r, n, blocks.SignalOffset(signalIndex), windowBytes, dense, out int windowStart);
                for (int i = 0; i < n; i++)
                {
                    long recordFirst = (r + i) * spr;
                    int a = (int)Math.Max(0, firstSample - recordFirst);
                    int b = (int)Math.Min(spr, firstSample + count - recordFirst);
                    var raw = buffer.AsSpan(i * stride + windowStart + a * bps, (b - a) * bps);
                    EdfSampleDecoder.Decode(raw, bps, destination.Slice(written, b - a), signal.PhysicalMin, signal.DigitalMin, signal.Gain, scale);
                    written += b - a;
                }
            }
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
        return written;
    }

    int[] ReadMany<T>(IReadOnlyList<int> signalIndices, IReadOnlyList<long> firstSamples, IReadOnlyList<Memory<T>> destinations, bool microvolts) where T : unmanaged
    {
        int k = signalIndices.Count;
        if (firstSamples.Count != k || destinations.Count != k)
            throw new ArgumentException($"Got {k} signals, {firstSamples.Count} first samples and {destinations.Count} destinations; the counts must agree.");
        var written = new int[k];
        var counts = new int[k];
        var scales = new double[k];
        long firstRecord = long.MaxValue, lastRecord = -1, windowStart = long.MaxValue, windowEnd = 0;
        int bps = Header.BytesPerSample;
        for (int j = 0; j < k; j++)
        {
            var signal = DataSignal(signalIndices[j]);
            scales[j] = microvolts ? MicrovoltScale(signal.Index) : 1.0;
            ArgumentOutOfRangeException.ThrowIfNegative(firstSamples[j]);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(firstSamples[j], signal.SampleCount);
            counts[j] = (int)Math.Min(destinations[j].Length, signal.SampleCount - firstSamples[j]);
            if (counts[j] == 0) continue;
            firstRecord = Math.Min(firstRecord, firstSamples[j] / signal.SamplesPerRecord);
            lastRecord = Math.Max(lastRecord, (firstSamples[j] + counts[j] - 1) / signal.SamplesPerRecord);
            windowStart = Math.Min(windowStart, blocks.SignalOffset(signal.Index));
            windowEnd = Math.Max(windowEnd, blocks.SignalOffset(signal.Index) + (long)signal.SamplesPerRecord * bps);
        }
        if (lastRecord < 0) return written;
        int windowBytes = (int)(windowEnd - windowStart);
        byte[] buffer = blocks.RentChunk(windowBytes, out int recordsPerChunk, out bool dense);
        try
        {
            for (long r = firstRecord; r <= lastRecord; r += recordsPerChunk)
            {
                int n = (int)Math.Min(recordsPerChunk, lastRecord - r + 1);
                int stride = blocks.FillWindows(buffer, r, n, windowStart, windowBytes, dense, out int bufferWindowStart);
                for (int j = 0; j < k; j++)
                {
                    if (counts[j] == 0) continue;
                    var signal = Header.Signals[signalIndices[j]];
                    int spr = signal.SamplesPerRecord;
                    long first = firstSamples[j], end = first + counts[j];
                    var destination = destinations[j].Span;
                    int offsetInWindow = bufferWindowStart + (int)(blocks.SignalOffset(signal.Index) - windowStart);
                    for (int i = 0; i < n; i++)
                    {
                        long recordFirst = (r + i) * spr;
                        int a = (int)Math.Clamp(first - recordFirst, 0, spr);
                        int b = (int)Math.Clamp(end - recordFirst, 0, spr);
                        if (b <= a) continue;
                        var raw = buffer.AsSpan(i * stride + offsetInWindow + a * bps, (b - a) * bps);
                        EdfSampleDecoder.Decode(raw, bps, destination.Slice(written[j], b - a), signal.PhysicalMin, signal.DigitalMin, signal.Gain, scales[j]);
                        written[j] += b - a;
                    }
                }
            }
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
        return written;
    }

    string DescribeSegments() =>
        string.Join(", ", Segments.Take(5).Select(s => $"[{s.StartSeconds}, {s.StartSeconds + s.DurationSeconds}) s")) + (Segments.Count > 5 ? ", …" : "");
}
