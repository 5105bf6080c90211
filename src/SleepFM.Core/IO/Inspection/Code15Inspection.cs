using SleepFM.IO.Hdf5;

namespace SleepFM.IO.Inspection;

/// <summary>Summarises a CODE-15% HDF5 file: 12 leads per exam, each exam 4,096 samples at 400 Hz.</summary>
internal static class Code15Inspection
{
    const int ExamsPerChunk = 256;

    public static RecordingSummary Summarise(string path, bool withStatistics)
    {
        using var file = Code15Hdf5File.Open(path);
        var leads = Code15Layout.LeadNames;
        var warnings = new List<string>();

        RunningStatistics[]? statistics = null;
        if (withStatistics)
        {
            statistics = leads.Select(_ => new RunningStatistics()).ToArray();
            var leadValues = new float[leads.Count][];
            for (int first = 0; first < file.ExamCount; first += ExamsPerChunk)
            {
                int count = Math.Min(ExamsPerChunk, file.ExamCount - first);
                var tracings = file.ReadTracings(first, count); // [count, T, 12] row-major
                int samples = count * file.SamplesPerTracing;
                for (int lead = 0; lead < leads.Count; lead++)
                {
                    var values = leadValues[lead] ??= new float[ExamsPerChunk * file.SamplesPerTracing];
                    for (int k = 0; k < samples; k++) values[k] = tracings[k * leads.Count + lead];
                    statistics[lead].Add(values.AsSpan(0, samples));
                }
            }
        }

        var ids = file.ReadExamIds();
        var channels = ChannelDescriptions.Build(leads, _ => Code15Layout.SampleRateHz, _ => "mV",
            _ => (long)file.ExamCount * file.SamplesPerTracing, statistics, warnings);
        var properties = new Dictionary<string, string>
        {
            ["exams"] = file.ExamCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["samples per exam"] = file.SamplesPerTracing.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (ids.Length > 0) properties["exam ids"] = $"{ids.Min()}…{ids.Max()}";
        return new RecordingSummary(path, "HDF5 (CODE-15%)", null, file.SamplesPerTracing / Code15Layout.SampleRateHz,
            file.ExamCount, file.SamplesPerTracing / Code15Layout.SampleRateHz, channels, 0, [], properties, warnings);
    }
}
