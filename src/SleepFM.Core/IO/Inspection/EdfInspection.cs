using System.Globalization;
using SleepFM.IO.Edf;

namespace SleepFM.IO.Inspection;

/// <summary>Summarises an EDF/EDF+/BDF/BDF+ file; statistics stream the samples one chunk at a time.</summary>
internal static class EdfInspection
{
    const int SamplesPerChunk = 1 << 16;

    public static RecordingSummary Summarise(string path, bool withStatistics, int maxAnnotations)
    {
        using var recording = EdfFile.Open(path);
        var header = recording.Header;
        var signals = recording.DataSignals;
        var warnings = recording.Warnings.Select(w => w.ToString()).ToList();

        RunningStatistics[]? statistics = null;
        if (withStatistics)
        {
            statistics = signals.Select(_ => new RunningStatistics()).ToArray();
            var buffer = new float[SamplesPerChunk];
            for (int i = 0; i < signals.Count; i++)
                for (long first = 0; first < signals[i].SampleCount; first += SamplesPerChunk)
                {
                    int n = recording.ReadPhysical(signals[i].Index, first, buffer.AsSpan(0, (int)Math.Min(SamplesPerChunk, signals[i].SampleCount - first)));
                    statistics[i].Add(buffer.AsSpan(0, n));
                }
        }

        var channels = ChannelDescriptions.Build(signals.Select(s => s.Label).ToList(),
            i => signals[i].SampleRateHz, i => signals[i].PhysicalDimension, i => signals[i].SampleCount, statistics, warnings);

        var properties = new Dictionary<string, string>();
        if (header.Patient is { } patient)
        {
            if (patient.Code is not null) properties["patient"] = patient.Code;
            if (patient.Sex is not null) properties["sex"] = patient.Sex;
            if (patient.BirthDate is { } birth) properties["birthdate"] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (header.PatientIdentification.Length > 0) properties["patient"] = header.PatientIdentification;
        if (header.Recording is { } info && info.Equipment is not null) properties["equipment"] = info.Equipment;
        if (header.IsDiscontinuous) properties["segments"] = recording.Segments.Count.ToString(CultureInfo.InvariantCulture);

        double duration = signals.Count == 0 ? header.DataDurationSeconds : signals.Max(s => s.SampleCount / s.SampleRateHz);
        return new RecordingSummary(path, FormatName(header.FileType), header.StartDateTime, duration,
            header.RecordCount, header.RecordDurationSeconds, channels, recording.Annotations.Count,
            recording.Annotations.Take(maxAnnotations).Select(a => new AnnotationSummary(a.OnsetSeconds, a.DurationSeconds, a.Text)).ToList(),
            properties, warnings);
    }

    static string FormatName(EdfFileType type) => type switch
    {
        EdfFileType.EdfPlusContinuous => "EDF+C",
        EdfFileType.EdfPlusDiscontinuous => "EDF+D",
        EdfFileType.BdfPlusContinuous => "BDF+C",
        EdfFileType.BdfPlusDiscontinuous => "BDF+D",
        _ => type.ToString().ToUpperInvariant(),
    };
}
