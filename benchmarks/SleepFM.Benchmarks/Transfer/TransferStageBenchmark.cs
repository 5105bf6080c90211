using System.Diagnostics;
using System.Globalization;
using SleepFM.Benchmarks.Pipeline;
using SleepFM.Datasets.Recipes;
using SleepFM.Reproduction;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;

namespace SleepFM.Benchmarks.Transfer;

/// <summary>
/// "transfer-stage": wall time of the whole transfer stage of a reproduction (every task, regime and seed of a preset),
/// and how much of it is spent outside libtorch. The earlier stages (data, preparation, pretraining) run first if
/// needed and are not timed; the transfer folder is deleted so every run trains.
/// </summary>
/// <remarks>
/// "Outside libtorch" is measured by replay: after the stage, every batch the runs consumed (each run's epochs of
/// training batches plus one validation pass per epoch, then the validation and test predictions) is streamed again
/// from the shards without a model. That is the data path's cost (HDF5 reads, float16 conversion, tensor assembly);
/// the rest of the managed work (metrics, CSV and model files) is timed by recomputing the aggregates. Loading runs
/// on a prefetch thread during training, so part of it overlaps with libtorch; the share reported is an upper bound.
/// </remarks>
public sealed class TransferStageBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "transfer-stage";

    /// <inheritdoc />
    public string Description => "Whole transfer stage of a preset: wall time and share outside libtorch (--preset quick, --out DIR, --seeds N, --tasks a,b)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var preset = BenchmarkOutput.Arg(args, "--preset", "quick");
        var output = BenchmarkOutput.Arg(args, "--out", Path.Combine(Path.GetTempPath(), $"sleepfm-bench-transfer-{preset}"));
        var tasks = BenchmarkOutput.Arg(args, "--tasks", "");
        int? seeds = args.Contains("--seeds") ? BenchmarkOutput.IntArg(args, "--seeds", 3) : null;
        var run = new PaperReproduction(new ReproductionOptions
        {
            Preset = preset,
            OutputDirectory = output,
            FineTuningSeeds = seeds,
            Tasks = tasks.Length > 0 ? tasks.Split(',') : null,
        });
        Console.Error.WriteLine($"earlier stages (not timed) into {output} …");
        run.EnsureData();
        foreach (var dataset in run.DatasetsToPrepare()) run.Prepare(dataset);
        run.Pretrain();
        if (Directory.Exists(run.Layout.Transfer)) Directory.Delete(run.Layout.Transfer, recursive: true);

        var perTask = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        foreach (var task in run.Tasks)
        {
            var taskClock = Stopwatch.StartNew();
            run.Transfer(task);
            perTask[task.Id] = taskClock.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {task.Id}: {perTask[task.Id]:0.0} s"));
        }
        double total = clock.Elapsed.TotalSeconds;

        double loading = ReplayLoading(run);
        var aggregates = Stopwatch.StartNew();
        Evaluation.Reporting.ResultFiles.Rebuild(run.Layout.Transfer);
        double files = aggregates.Elapsed.TotalSeconds;
        int runs = Directory.EnumerateFiles(run.Layout.Transfer, "metrics.csv", SearchOption.AllDirectories).Count();

        BenchmarkOutput.Emit(Name, "wall", total, "s", new { preset, runs, threads = TorchSharp.torch.get_num_threads(), perTask });
        BenchmarkOutput.Emit(Name, "data-loading-replay", loading, "s", new { share = loading / total });
        BenchmarkOutput.Emit(Name, "aggregate-files", files, "s", new { share = files / total });
        BenchmarkOutput.Emit(Name, "outside-libtorch-share", (loading + files) / total, "fraction");
        return 0;
    }

    /// <summary>Streams, without a model, every batch the trained runs read.</summary>
    static double ReplayLoading(PaperReproduction run)
    {
        var clock = Stopwatch.StartNew();
        foreach (var taskDir in Directory.EnumerateDirectories(run.Layout.Transfer))
        {
            var taskId = Path.GetFileName(taskDir);
            var prepared = run.Layout.Prepared(taskId);
            if (!File.Exists(Path.Combine(prepared, "dataset.json"))) continue;
            var task = taskId == Code15Recipe.Task.Id ? Code15Recipe.Task : TaskCatalog.Get(taskId);
            var data = new PreparedDownstreamData(prepared, task: task);
            foreach (var history in Directory.EnumerateFiles(taskDir, "history.csv", SearchOption.AllDirectories))
            {
                int epochs = File.ReadLines(history).Skip(1).Count(l => l.Length > 0);
                for (int epoch = 0; epoch < epochs; epoch++)
                {
                    Drain(data.TrainEpoch(1, epoch));
                    Drain(data.Evaluate(DataSplit.Validation));
                }
                Drain(data.Evaluate(DataSplit.Validation));
                Drain(data.Evaluate(DataSplit.Test));
            }
        }
        return clock.Elapsed.TotalSeconds;
    }

    static void Drain(IEnumerable<DownstreamBatch> batches)
    {
        foreach (var batch in batches) batch.Dispose();
    }
}
