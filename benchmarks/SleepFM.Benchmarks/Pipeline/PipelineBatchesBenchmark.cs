using System.Diagnostics;
using SleepFM.Pipeline;

namespace SleepFM.Benchmarks.Pipeline;

/// <summary>
/// "pipeline-batches": windows per second from prepared shards to batched TorchSharp tensors, for 19-channel 60-s
/// windows at 128 Hz (float16 shards, batch 64), under each shuffle mode, with and without prefetch; plus the raw
/// shard read rate (no tensors) as the I/O ceiling. The prepared set is written once (PrepareRunner on in-memory
/// recordings) and reused.
/// </summary>
public sealed class PipelineBatchesBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "pipeline-batches";

    /// <inheritdoc />
    public string Description => "Prepared shards → batched tensors, windows/s (--windows 20000, --batch 64, --dir D, --precision float16|float32)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int windows = BenchmarkOutput.IntArg(args, "--windows", 20_000);
        int batch = BenchmarkOutput.IntArg(args, "--batch", 64);
        var precision = BenchmarkOutput.Arg(args, "--precision", "float16") == "float32" ? ShardPrecision.Float32 : ShardPrecision.Float16;
        string dir = BenchmarkOutput.Arg(args, "--dir", Path.Combine(Path.GetTempPath(), $"sleepfm-bench-pipeline-{windows}-{precision.ToString().ToLowerInvariant()}"));
        const int perRecording = 500;   // ≈ 8.3 h nights of 60-s windows
        int recordings = (windows + perRecording - 1) / perRecording;

        var dataset = TryOpen(dir, recordings * perRecording);
        if (dataset is null)
        {
            Console.Error.WriteLine($"writing {recordings * perRecording} windows × 19 channels × 7680 samples ({precision}) to {dir} …");
            var clock = Stopwatch.StartNew();
            var report = PrepareRunner.Run(new PrepareOptions
            {
                Recipe = new SyntheticWindowsRecipe(recordings, perRecording),
                SourceDirectory = Path.GetTempPath(),
                OutputDirectory = dir,
                Precision = precision,
            });
            if (report.ExitCode != 0) throw new InvalidOperationException(string.Join("; ", report.Failures));
            BenchmarkOutput.Emit(Name, "write_windows_per_s", report.WindowsWritten / clock.Elapsed.TotalSeconds, "windows/s",
                new { note = "PrepareRunner from in-memory 128-Hz channels: z-score, float16 conversion, HDF5 write", windows = report.WindowsWritten });
            dataset = PreparedDataset.Open(dir);
        }
        long bytes = Directory.GetFiles(Path.Combine(dir, ShardLayout.ShardFolder), "*.h5").Sum(f => new FileInfo(f).Length);
        var details = new { windows = dataset.Windows.Count, channels = dataset.Info.MaxChannels, samples = dataset.Info.WindowSamples, batch, dtype = dataset.Info.Dtype, shard_gb = bytes / 1e9, threads = Environment.ProcessorCount };

        Measure("raw_read_windows_per_s", details, () => RawReads(dataset));
        foreach (var (metric, options) in new (string, BatchLoaderOptions)[]
        {
            ("batches_global_shuffle_prefetch_windows_per_s", new BatchLoaderOptions { BatchSize = batch, Shuffle = ShuffleMode.Global, PrefetchBatches = 2 }),
            ("batches_shard_buffered_prefetch_windows_per_s", new BatchLoaderOptions { BatchSize = batch, Shuffle = ShuffleMode.ShardBuffered, PrefetchBatches = 2 }),
            ("batches_in_order_prefetch_windows_per_s", new BatchLoaderOptions { BatchSize = batch, Shuffle = ShuffleMode.None, PrefetchBatches = 2 }),
            ("batches_global_shuffle_no_prefetch_windows_per_s", new BatchLoaderOptions { BatchSize = batch, Shuffle = ShuffleMode.Global, PrefetchBatches = 0 }),
        })
        {
            var loader = new WindowBatchLoader(dataset, options);
            Measure(metric, details, () =>
            {
                long n = 0;
                foreach (var b in loader.Batches(epoch: 1))
                    using (b) n += b.Count;
                return n;
            });
        }
        return 0;
    }

    void Measure(string metric, object details, Func<long> run)
    {
        var clock = Stopwatch.StartNew();
        long n = run();
        BenchmarkOutput.Emit(Name, metric, n / clock.Elapsed.TotalSeconds, "windows/s", details);
    }

    static long RawReads(PreparedDataset dataset)
    {
        var order = WindowOrder.Build(dataset.Windows.Select(w => w.Shard).ToList(), ShuffleMode.Global, 1, 0, 1);
        var readers = new Dictionary<string, ShardReader>();
        var buffer = new Half[dataset.Info.MaxChannels * dataset.Info.WindowSamples];
        var single = new float[buffer.Length];
        try
        {
            foreach (int i in order)
            {
                var w = dataset.Windows[i];
                if (!readers.TryGetValue(w.Shard, out var r)) readers[w.Shard] = r = ShardReader.Open(dataset.ShardPath(w.Shard));
                if (r.Precision == ShardPrecision.Float16) r.ReadWindow(w.Row, buffer.AsMemory());
                else r.ReadWindow(w.Row, single.AsMemory());
            }
        }
        finally
        {
            foreach (var r in readers.Values) r.Dispose();
        }
        return order.Length;
    }

    static PreparedDataset? TryOpen(string dir, int expectedWindows)
    {
        try
        {
            var d = PreparedDataset.Open(dir);
            return d.Info.Complete && d.Windows.Count == expectedWindows ? d : null;
        }
        catch (Exception e) when (e is IOException or Datasets.DatasetLayoutException)
        {
            return null;
        }
    }
}
