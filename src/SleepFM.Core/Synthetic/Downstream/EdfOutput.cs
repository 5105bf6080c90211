using SleepFM.IO;
using SleepFM.IO.Edf;

namespace SleepFM.Synthetic.Downstream;

/// <summary>Writes a downstream EEG recording as EDF(+), atomically, one data record (1 s) at a time.</summary>
internal static class EdfOutput
{
    /// <summary>Writes <paramref name="signals"/> (µV) with a symmetric physical range of ±<paramref name="limitUv"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> labels, double sampleRateHz, float[][] signals, double limitUv,
        DateTime start, EdfPatient? patient, string equipment)
    {
        var settings = new EdfWriterSettings
        {
            Signals = labels.Select(l => new EdfSignalSpec
            {
                Label = l, SampleRateHz = sampleRateHz, PhysicalMin = -limitUv, PhysicalMax = limitUv,
                Prefiltering = "HP:0.1Hz LP:100Hz", Transducer = "AgAgCl electrode",
            }).ToList(),
            RecordDurationSeconds = 1,
            StartDateTime = start,
            Patient = patient,
            Recording = new EdfRecordingInfo(DateOnly.FromDateTime(start), null, null, equipment, ""),
        };
        int perRecord = (int)sampleRateHz;
        AtomicFile.Write(path, temp =>
        {
            using var writer = new EdfWriter(temp, settings);
            for (int s = 0; s < signals[0].Length; s += perRecord)
                for (int c = 0; c < signals.Length; c++)
                    writer.WriteSamples(c, signals[c].AsSpan(s, Math.Min(perRecord, signals[c].Length - s)));
        });
    }
}
