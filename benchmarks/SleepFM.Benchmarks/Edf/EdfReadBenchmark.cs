using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SleepFM.IO.Edf;

namespace SleepFM.Benchmarks.Edf;

/// <summary>
/// "edf-read": decode throughput of <see cref="EdfRecording"/> on a large synthetic EDF+ (written with
/// <see cref="EdfWriter"/> if absent), and the latency of a 60-s one-channel read at random positions.
/// benchmarks/edf/mne_read.py measures MNE on the same file; benchmarks/edf/run.sh prints both and the ratio.
/// </summary>
public sealed class EdfReadBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "edf-read";

    /// <inheritdoc />
    public string Description => "EDF reader: full-file decode MB/s and 60-s one-channel reads (--size-mb N, --dir D, --channels C, --rate HZ, --repeats R)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = Options.Parse(args);
        string path = BenchmarkFile.Ensure(options);
        long fileBytes = new FileInfo(path).Length;

        using var edf = EdfFile.Open(path);
        // Warm-up pass (page cache, JIT), then the best of the timed passes: the steady state both tools see.
        double seconds = double.MaxValue;
        for (int pass = 0; pass <= options.Repeats; pass++)
        {
            var clock = Stopwatch.StartNew();
            DecodeAll(edf);
            if (pass > 0) seconds = Math.Min(seconds, clock.Elapsed.TotalSeconds);
        }
        Emit("full_decode_mb_per_s", fileBytes / 1e6 / seconds, "MB/s", path, fileBytes);
        Emit("full_decode_seconds", seconds, "s", path, fileBytes);

        // MNE's preload=True semantics: the whole file as freshly allocated float64 arrays.
        double preloadSeconds = double.MaxValue;
        for (int pass = 0; pass <= options.Repeats; pass++)
        {
            var clock = Stopwatch.StartNew();
            var all = edf.ReadPhysical(edf.DataSignals.Select(s => s.Index).ToArray());
            if (pass > 0) preloadSeconds = Math.Min(preloadSeconds, clock.Elapsed.TotalSeconds);
            if (all[0].Length == 0) throw new InvalidOperationException("empty read");
        }
        Emit("preload_float64_mb_per_s", fileBytes / 1e6 / preloadSeconds, "MB/s", path, fileBytes);

        var random = new Random(options.Seed);
        double durationSeconds = edf.Header.DataDurationSeconds;
        var latencies = new List<double>();
        for (int i = 0; i < 10 + options.RangeReads; i++)
        {
            int channel = random.Next(edf.DataSignals.Count);
            double start = Math.Floor(random.NextDouble() * (durationSeconds - 60));
            var clock = Stopwatch.StartNew();
            float[] x = edf.ReadPhysicalSingle(channel, start, 60);
            if (i >= 10) latencies.Add(clock.Elapsed.TotalMilliseconds);
            if (x.Length != (int)(60 * options.RateHz)) throw new InvalidOperationException("short read");
        }
        latencies.Sort();
        Emit("one_channel_60s_median_ms", latencies[latencies.Count / 2], "ms", path, fileBytes);
        return 0;
    }

    /// <summary>Decodes every sample of every data signal to float32, one minute of all channels at a time.</summary>
    static void DecodeAll(EdfRecording edf)
    {
        var signals = edf.DataSignals.Select(s => s.Index).ToArray();
        long records = edf.Header.RecordCount;
        long recordsPerWindow = Math.Max(1, (long)Math.Round(60 / edf.Header.RecordDurationSeconds));
        var buffers = edf.DataSignals.Select(s => new float[s.SamplesPerRecord * recordsPerWindow]).ToArray();
        var firsts = new long[signals.Length];
        double checksum = 0;
        for (long r = 0; r < records; r += recordsPerWindow)
        {
            for (int k = 0; k < signals.Length; k++) firsts[k] = r * edf.DataSignals[k].SamplesPerRecord;
            var memories = buffers.Select(b => new Memory<float>(b)).ToArray();
            var written = edf.ReadPhysical(signals, firsts, memories);
            checksum += buffers[0][written[0] - 1];
        }
        if (double.IsNaN(checksum)) throw new InvalidOperationException("NaN in decoded data");
    }

    static void Emit(string metric, double value, string unit, string path, long fileBytes) =>
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["tool"] = "sleepfm",
            ["benchmark"] = "edf-read",
            ["metric"] = metric,
            ["value"] = Math.Round(value, 3),
            ["unit"] = unit,
            ["file"] = path,
            ["file_mb"] = Math.Round(fileBytes / 1e6, 1),
        }));

    internal sealed record Options(int SizeMb, string Directory, int Channels, int RateHz, int Repeats, int RangeReads, int Seed)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options(1024, Path.Combine(Path.GetTempPath(), "sleepfm-bench-edf"), 50, 256, 2, 50, 42);
            for (int i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
                o = args[i] switch
                {
                    "--size-mb" => o with { SizeMb = NextInt() },
                    "--dir" => o with { Directory = Next() },
                    "--channels" => o with { Channels = NextInt() },
                    "--rate" => o with { RateHz = NextInt() },
                    "--repeats" => o with { Repeats = NextInt() },
                    "--range-reads" => o with { RangeReads = NextInt() },
                    "--seed" => o with { Seed = NextInt() },
                    _ => throw new ArgumentException($"unknown option {args[i]} (expected --size-mb, --dir, --channels, --rate, --repeats, --range-reads, --seed)"),
                };
            }
            if (o.SizeMb < 1 || o.Channels < 1 || o.RateHz < 1 || o.Repeats < 1 || o.RangeReads < 1)
                throw new ArgumentException("--size-mb, --channels, --rate, --repeats and --range-reads must be ≥ 1");
            return o;
        }
    }
}
