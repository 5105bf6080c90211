using System.Buffers;

namespace SleepFM.IO.Edf;

/// <summary>
/// The annotation pass made when an EDF+/BDF+ file is opened: TALs of every record, the record start
/// times of discontinuous files, and the gap-free <see cref="EdfSegment"/> runs.
/// </summary>
internal static class EdfAnnotationReader
{
    /// <summary>
    /// Reads every annotation signal of every record: the annotations, and for EDF+D the record start
    /// times from the time-keeping TALs (null for continuous files, whose records start at index × duration).
    /// </summary>
    public static (EdfAnnotation[] Annotations, double[]? RecordStarts) Read(EdfRecordBlocks blocks, List<ReadWarning> warnings)
    {
        var header = blocks.Header;
        var annotationSignals = header.Signals.Where(s => s.IsAnnotation).ToArray();
        if (annotationSignals.Length == 0 || header.RecordCount == 0)
        {
            if (header.IsDiscontinuous)
                warnings.Add(new ReadWarning("reserved", "the file is EDF+D but has no annotation signal to time its records; read as continuous"));
            return ([], null);
        }
        var annotations = new List<EdfAnnotation>();
        bool keepStarts = header.IsPlus;
        var starts = keepStarts && header.IsDiscontinuous ? new double[header.RecordCount] : null;
        long windowStart = annotationSignals.Min(s => blocks.SignalOffset(s.Index));
        long windowEnd = annotationSignals.Max(s => blocks.SignalOffset(s.Index) + (long)s.SamplesPerRecord * header.BytesPerSample);
        int windowBytes = (int)(windowEnd - windowStart);
        int malformed = 0, missingStarts = 0, disagreeing = 0;
        byte[] buffer = blocks.RentChunk(windowBytes, out int recordsPerChunk, out bool dense);
        try
        {
            for (long r = 0; r < header.RecordCount; r += recordsPerChunk)
            {
                int n = (int)Math.Min(recordsPerChunk, header.RecordCount - r);
                int stride = blocks.FillWindows(buffer, r, n, windowStart, windowBytes, dense, out int bufferWindowStart);
                for (int i = 0; i < n; i++)
                {
                    long record = r + i;
                    double? recordStart = null;
                    for (int a = 0; a < annotationSignals.Length; a++)
                    {
                        var signal = annotationSignals[a];
                        var bytes = buffer.AsSpan(i * stride + bufferWindowStart + (int)(blocks.SignalOffset(signal.Index) - windowStart),
                            signal.SamplesPerRecord * header.BytesPerSample);
                        var start = EdfTalParser.ParseRecord(bytes, timeKeeping: keepStarts && a == 0, record, signal.Label, annotations, warnings, ref malformed);
                        if (a == 0) recordStart = start;
                    }
                    if (!keepStarts) continue;
                    double expected = record * header.RecordDurationSeconds;
                    if (recordStart is null)
                    {
                        if (missingStarts++ == 0)
                            warnings.Add(new ReadWarning($"time-keeping annotation of record {record}",
                                $"is missing or malformed; the record is taken to start at {expected} s (record index × duration)"));
                        recordStart = expected;
                    }
                    if (starts is not null) starts[record] = recordStart.Value;
                    else if (Math.Abs(recordStart.Value - expected) > 1e-6 && disagreeing++ == 0)
                        warnings.Add(new ReadWarning($"time-keeping annotation of record {record}",
                            $"says {recordStart.Value} s but the EDF+C file puts the record at {expected} s; read as continuous (was it meant to be EDF+D?)"));
                }
            }
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
        if (malformed > 20) warnings.Add(new ReadWarning("annotations", $"{malformed} malformed TALs in all; only the first 20 are listed"));
        if (missingStarts > 1) warnings.Add(new ReadWarning("time-keeping annotations", $"{missingStarts} records lack a valid time-keeping TAL"));
        if (disagreeing > 1) warnings.Add(new ReadWarning("time-keeping annotations", $"{disagreeing} records' TAL onsets disagree with their position"));
        return (annotations.OrderBy(x => x.OnsetSeconds).ToArray(), starts);
    }

    /// <summary>Groups records into gap-free runs.</summary>
    public static IReadOnlyList<EdfSegment> BuildSegments(EdfHeader header, double[]? recordStarts, List<ReadWarning> warnings)
    {
        long records = header.RecordCount;
        double duration = header.RecordDurationSeconds;
        if (records == 0) return [];
        if (recordStarts is null) return [new EdfSegment(0, 0, records, records * duration)];
        var segments = new List<EdfSegment>();
        long segmentFirst = 0;
        // A record continues the run when it starts where the previous one ended, to within a microsecond
        // (onsets are written in decimal, so exact equality would split runs on rounding).
        for (long r = 1; r <= records; r++)
        {
            if (r < records && Math.Abs(recordStarts[r] - (recordStarts[r - 1] + duration)) <= 1e-6) continue;
            if (r < records && recordStarts[r] < recordStarts[r - 1] + duration - 1e-6)
                warnings.Add(new ReadWarning($"time-keeping annotation of record {r}",
                    $"starts at {recordStarts[r]} s, before the previous record ends ({recordStarts[r - 1] + duration} s); records overlap in time"));
            long count = r - segmentFirst;
            segments.Add(new EdfSegment(recordStarts[segmentFirst], segmentFirst, count, count * duration));
            segmentFirst = r;
        }
        return segments;
    }
}
