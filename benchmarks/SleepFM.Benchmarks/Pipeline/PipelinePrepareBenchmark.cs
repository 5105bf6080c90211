using System.Diagnostics;
using SleepFM.Datasets;
using SleepFM.IO.Edf;
using SleepFM.Pipeline;

namespace SleepFM.Benchmarks.Pipeline;

/// <summary>
/// "pipeline-prepare": preprocessing throughput in hours of PSG per minute. Writes synthetic EDF+ nights (14 channels:
/// 6 EEG/EOG, ECG, chin and 2 leg EMG at 256 Hz; flow, thorax, abdomen at 32 Hz; SpO2 at 1 Hz) once, then times
/// <c>sleepfm prepare --dataset psg</c> on them: EDF decoding, anti-alias filter, resampling to 128 Hz, z-score,
/// 60-s windows, float16 HDF5 shards, index.
/// </summary>
public sealed class PipelinePrepareBenchmark : IBenchmark
{
    static readonly (string Label, int RateHz, string Unit)[] Montage =
    [
        ("EEG C3-M2", 256, "uV"), ("EEG C4-M1", 256, "uV"), ("EEG F3-M2", 256, "uV"), ("EEG O1-M2", 256, "uV"),
        ("EOG E1-M2", 256, "uV"), ("EOG E2-M1", 256, "uV"), ("ECG II", 256, "uV"), ("Airflow", 32, "uV"), ("Thor", 32, "uV"),
        ("Abdo", 32, "uV"), ("SpO2", 1, "%"), ("Chin EMG", 256, "uV"), ("Leg L", 256, "uV"), ("Leg R", 256, "uV"),
    ];

    /// <inheritdoc />
    public string Name => "pipeline-prepare";

    /// <inheritdoc />
    public string Description => "sleepfm prepare on synthetic PSG EDFs, hours of PSG per minute (--nights 4, --hours 8, --workers N, --dir D)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int nights = BenchmarkOutput.IntArg(args, "--nights", 4);
        int hours = BenchmarkOutput.IntArg(args, "--hours", 8);
        int workers = BenchmarkOutput.IntArg(args, "--workers", Environment.ProcessorCount);
        string dir = BenchmarkOutput.Arg(args, "--dir", Path.Combine(Path.GetTempPath(), $"sleepfm-bench-prepare-{nights}x{hours}h"));
        string source = Path.Combine(dir, "source"), output = Path.Combine(dir, "prepared");
        for (int n = 0; n < nights; n++) EnsureNight(Path.Combine(source, $"night{n:00}.edf"), hours * 3600, n);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var clock = Stopwatch.StartNew();
        var report = PrepareRunner.Run(new PrepareOptions { Recipe = new PsgRecipe(), SourceDirectory = source, OutputDirectory = output, Workers = workers });
        double seconds = clock.Elapsed.TotalSeconds;
        if (report.ExitCode != 0) throw new InvalidOperationException(string.Join("; ", report.Failures));
        long edfBytes = Directory.GetFiles(source, "*.edf").Sum(f => new FileInfo(f).Length);
        var details = new { nights, hours_per_night = hours, channels = Montage.Length, workers, threads = Environment.ProcessorCount, edf_mb = edfBytes / 1e6, windows = report.WindowsWritten, seconds };
        BenchmarkOutput.Emit(Name, "psg_hours_per_minute", report.HoursConverted / (seconds / 60), "h/min", details);
        BenchmarkOutput.Emit(Name, "prepare_windows_per_s", report.WindowsWritten / seconds, "windows/s", details);
        BenchmarkOutput.Emit(Name, "edf_mb_per_s", edfBytes / 1e6 / seconds, "MB/s", details);
        return 0;
    }

    static void EnsureNight(string path, int seconds, int seed)
    {
        if (File.Exists(path)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Console.Error.WriteLine($"writing {path} ({seconds / 3600.0:0.#} h, {Montage.Length} channels) …");
        var settings = new EdfWriterSettings
        {
            Signals = Montage.Select(m => new EdfSignalSpec { Label = m.Label, SampleRateHz = m.RateHz, PhysicalMin = -500, PhysicalMax = 500, PhysicalDimension = m.Unit }).ToArray(),
            Annotations = Enumerable.Range(0, seconds / 30).Select(e => new EdfAnnotation(e * 30.0, 30, "Sleep stage " + "W1234R"[(e / 20 + seed) % 6])).ToArray(),
        };
        string partial = path + ".partial";
        var random = new Random(seed);
        using (var writer = new EdfWriter(partial, settings))
        {
            var buffer = new double[256];
            for (int s = 0; s < seconds; s++)
                for (int c = 0; c < Montage.Length; c++)
                {
                    int rate = Montage[c].RateHz;
                    double f = 2 * Math.PI * (1 + c % 9) / rate, phase = random.NextDouble() * 2 * Math.PI;
                    for (int i = 0; i < rate; i++) buffer[i] = 60 * Math.Sin(f * i + phase) + 20 * (random.NextDouble() - 0.5);
                    writer.WriteSamples(c, buffer.AsSpan(0, rate));
                }
        }
        File.Move(partial, path);
    }
}
