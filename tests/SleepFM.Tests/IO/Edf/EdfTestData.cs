using SleepFM.IO.Edf;

namespace SleepFM.Tests.IO.Edf;

/// <summary>Small synthetic recordings for writer/reader tests: seeded, so every run writes the same bytes.</summary>
internal static class EdfTestData
{
    /// <summary>A 10 Hz sine plus 20% noise (peak ≤ 1.1 × amplitude) of <paramref name="count"/> samples.</summary>
    public static double[] Signal(int count, double sampleRateHz, int seed, double amplitude = 50)
    {
        var random = new Random(seed);
        var x = new double[count];
        for (int i = 0; i < count; i++)
            x[i] = amplitude * Math.Sin(2 * Math.PI * 10 * i / sampleRateHz + seed) + 0.2 * amplitude * (random.NextDouble() - 0.5);
        return x;
    }

    /// <summary>
    /// Writes a three-signal EDF+C (EEG 256 Hz µV, EOG 128 Hz µV, ECG 256 Hz mV) of <paramref name="seconds"/> seconds
    /// with two annotations; returns the samples written.
    /// </summary>
    public static double[][] WriteThreeSignals(string path, int seconds, bool bdf = false, IReadOnlyList<double>? recordStarts = null)
    {
        var data = new[]
        {
            Signal(256 * seconds, 256, 1),
            Signal(128 * seconds, 128, 2, amplitude: 200),
            Signal(256 * seconds, 256, 3, amplitude: 1.5),
        };
        var settings = new EdfWriterSettings
        {
            Signals =
            [
                new EdfSignalSpec { Label = "EEG C3-M2", SampleRateHz = 256, PhysicalMin = -100, PhysicalMax = 100, Prefiltering = "HP:0.3Hz LP:70Hz" },
                new EdfSignalSpec { Label = "EOG E1-M2", SampleRateHz = 128, PhysicalMin = -500, PhysicalMax = 500, Transducer = "AgAgCl" },
                new EdfSignalSpec { Label = "ECG II", SampleRateHz = 256, PhysicalMin = -2, PhysicalMax = 2, PhysicalDimension = "mV" },
            ],
            RecordDurationSeconds = 1,
            StartDateTime = new DateTime(2021, 3, 4, 22, 15, 30),
            Patient = new EdfPatient("P01", "F", new DateOnly(1970, 5, 6), "Jane Doe", ""),
            Recording = new EdfRecordingInfo(null, "A123", "tech", "synthetic amp", ""),
            Bdf = bdf,
            Annotations =
            [
                new EdfAnnotation(1.5, 30, "Sleep stage W"),
                new EdfAnnotation(seconds - 0.25, null, "Lights on"),
            ],
            RecordStartSeconds = recordStarts,
        };
        EdfWriter.Write(path, settings, data);
        return data;
    }
}
