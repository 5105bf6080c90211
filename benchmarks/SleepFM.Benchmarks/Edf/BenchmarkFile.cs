using System.Diagnostics;
using SleepFM.IO.Edf;

namespace SleepFM.Benchmarks.Edf;

/// <summary>Writes (once) the synthetic EDF+ the edf-read benchmark and benchmarks/edf/mne_read.py both read.</summary>
internal static class BenchmarkFile
{
    /// <summary>Path of the benchmark file for these options, written first if it does not exist.</summary>
    public static string Ensure(EdfReadBenchmark.Options options)
    {
        Directory.CreateDirectory(options.Directory);
        string path = Path.Combine(options.Directory, $"edf-bench-{options.SizeMb}mb-{options.Channels}ch-{options.RateHz}hz.edf");
        if (File.Exists(path)) return path;

        // 16-bit samples, 1-s records: each second of all channels costs channels × rate × 2 bytes.
        long secondsTotal = Math.Max(61, options.SizeMb * 1_000_000L / (2L * options.Channels * options.RateHz));
        var settings = new EdfWriterSettings
        {
            Signals = Enumerable.Range(0, options.Channels).Select(c => new EdfSignalSpec
            {
                Label = $"EEG{c:000}", SampleRateHz = options.RateHz, PhysicalMin = -500, PhysicalMax = 500,
            }).ToArray(),
            RecordDurationSeconds = 1,
            StartDateTime = new DateTime(2024, 1, 1, 22, 0, 0),
            // One sleep-stage annotation per 30-s epoch, as a scored PSG has.
            Annotations = Enumerable.Range(0, (int)(secondsTotal / 30)).Select(e => new EdfAnnotation(e * 30.0, 30, "Sleep stage 2")).ToArray(),
        };
        string partial = path + ".partial";
        var clock = Stopwatch.StartNew();
        Console.Error.WriteLine($"writing {path} ({secondsTotal} s × {options.Channels} channels at {options.RateHz} Hz)…");
        var random = new Random(options.Seed);
        var second = new double[options.RateHz];
        using (var writer = new EdfWriter(partial, settings))
        {
            for (long s = 0; s < secondsTotal; s++)
                for (int c = 0; c < options.Channels; c++)
                {
                    double phase = random.NextDouble() * 2 * Math.PI;
                    for (int i = 0; i < second.Length; i++)
                        second[i] = 40 * Math.Sin(phase + 2 * Math.PI * (8 + c % 5) * i / options.RateHz) + 20 * (random.NextDouble() - 0.5);
                    writer.WriteSamples(c, second);
                }
        }
        File.Move(partial, path, overwrite: true);
        Console.Error.WriteLine($"written in {clock.Elapsed.TotalSeconds:F1} s");
        return path;
    }
}
