using SleepFM.IO.Wfdb;

namespace SleepFM.IO.Inspection;

/// <summary>Summarises a WFDB record (PATH is the .hea file); annotations come from a .atr beside it.</summary>
internal static class WfdbInspection
{
    const int FramesPerChunk = 1 << 16;

    public static RecordingSummary Summarise(string headerPath, bool withStatistics, int maxAnnotations)
    {
        var record = WfdbRecord.Open(headerPath);
        var header = record.Header;
        var warnings = record.Warnings.Select(w => w.ToString()).ToList();

        RunningStatistics[]? statistics = null;
        if (withStatistics)
        {
            statistics = header.Signals.Select(_ => new RunningStatistics()).ToArray();
            var all = Enumerable.Range(0, header.Signals.Count).ToArray();
            for (long start = 0; start < record.FrameCount; start += FramesPerChunk)
            {
                var chunk = record.ReadPhysical(all, start, (int)Math.Min(FramesPerChunk, record.FrameCount - start));
                for (int s = 0; s < chunk.Length; s++) statistics[s].Add(chunk[s]);
            }
        }

        var channels = ChannelDescriptions.Build(
            header.Signals.Select((s, i) => string.IsNullOrWhiteSpace(s.Description) ? $"signal {i}" : s.Description).ToList(),
            i => header.FrameRateHz * header.Signals[i].SamplesPerFrame,
            i => header.Signals[i].Units,
            i => record.FrameCount * header.Signals[i].SamplesPerFrame,
            statistics, warnings);

        var annotations = new List<AnnotationSummary>();
        int annotationCount = 0;
        var atr = Path.ChangeExtension(header.HeaderPath, ".atr");
        if (File.Exists(atr))
        {
            var read = new List<ReadWarning>();
            var all = WfdbAnnotationReader.Read(atr, header.FrameRateHz, read);
            annotationCount = all.Count;
            annotations.AddRange(all.Take(maxAnnotations).Select(a =>
                new AnnotationSummary(a.TimeSeconds ?? a.Sample / header.FrameRateHz, null, string.IsNullOrEmpty(a.Aux) ? a.Symbol : $"{a.Symbol} {a.Aux}")));
            warnings.AddRange(read.Select(w => w.ToString()));
        }

        var comments = header.Comments;
        var properties = new Dictionary<string, string> { ["record"] = header.RecordName };
        if (comments.AgeYears is { } age) properties["age"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (comments.Sex != WfdbSex.Unknown) properties["sex"] = comments.Sex.ToString();
        if (comments.DxCodes.Count > 0) properties["dx"] = string.Join(",", comments.DxCodes);
        for (int i = 0; i < comments.Lines.Count; i++) properties[$"comment {i + 1}"] = comments.Lines[i];

        DateTime? start0 = header.BaseDate is { } date && header.BaseTime is { } time ? date.ToDateTime(time) : null;
        return new RecordingSummary(headerPath, "WFDB", start0, record.FrameCount / header.FrameRateHz, null, null,
            channels, annotationCount, annotations, properties, warnings);
    }
}
