using SleepFM.IO;
using System.Globalization;
using SleepFM.Evaluation.Reporting;
using SleepFM.Training.Checkpoints;

namespace SleepFM.Training.FineTuning;

/// <summary>
/// Runs one task in several regimes and seeds. Each finished run is written atomically to
/// <c>&lt;out&gt;/&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;/</c> (<c>metrics.csv</c>, <c>predictions.csv</c>,
/// <c>history.csv</c>, <c>config.json</c>, <c>thresholds.json</c>, and the best model <c>model.bin</c>) and skipped when the experiment is run
/// again, so an interrupted sweep resumes where it stopped. A finished run made with other settings is refused
/// (<see cref="RunSettingsMismatchException"/>) rather than mixed into the results. Afterwards the task's and the root's
/// <c>results.csv</c> and <c>predictions.csv</c> are rebuilt from the run folders.
/// </summary>
public sealed class DownstreamExperiment(IDownstreamData data, string outputDirectory, string? pretrainedEncoder)
{
    /// <summary>Raised when a run starts (regime, seed) or is skipped because it is already complete.</summary>
    public event Action<FineTuningConfig, long, bool>? RunStarting;

    /// <summary>Raised after each epoch of each run.</summary>
    public event Action<FineTuningConfig, long, FineTuningEpoch>? EpochCompleted;

    /// <summary>The folder of one run.</summary>
    public string RunDirectory(FineTuningConfig config, long seed) =>
        Path.Combine(outputDirectory, data.Task.Id, config.Regime.Id(), $"seed-{seed.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Runs every (config, seed) pair not already complete, then rebuilds the aggregate files.</summary>
    /// <returns>The results rows of this task, all runs.</returns>
    public IReadOnlyList<ResultRow> Run(IEnumerable<FineTuningConfig> configs, IEnumerable<long> seeds, CancellationToken cancellation = default)
    {
        var seedList = seeds.ToList();
        foreach (var config in configs)
            foreach (var seed in seedList)
            {
                cancellation.ThrowIfCancellationRequested();
                var folder = RunDirectory(config, seed);
                bool done = RunFolder.IsComplete(folder);
                if (done) RunSettings.EnsureSame(folder, config);
                RunStarting?.Invoke(config, seed, done);
                if (done) continue;
                var tuner = new FineTuner(config, data, pretrainedEncoder);
                tuner.EpochCompleted += e => EpochCompleted?.Invoke(config, seed, e);
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                AtomicFile.WriteDirectory(folder, temp =>
                {
                    var run = tuner.Run(seed, cancellation, Path.Combine(temp, RunFolder.ModelFile));
                    WriteRun(temp, config, run);
                });
            }
        ResultFiles.Rebuild(outputDirectory);
        return ResultsCsv.Read(Path.Combine(outputDirectory, data.Task.Id, "results.csv"));
    }

    void WriteRun(string folder, FineTuningConfig config, FineTuningRun run)
    {
        var task = data.Task;
        string regime = config.Regime.Id();
        RunFolder.WritePredictions(folder, task, regime, run.Seed, run.Validation, run.Test);
        File.WriteAllLines(Path.Combine(folder, "history.csv"),
            ["epoch,train_loss,validation_loss,learning_rate", .. run.History.Select(h => string.Create(CultureInfo.InvariantCulture,
                $"{h.Epoch},{h.TrainLoss:R},{h.ValidationLoss:R},{h.LearningRate:R}"))]);
        File.WriteAllText(Path.Combine(folder, RunFolder.ConfigFile), config.ToJson());
        RunFolder.WriteThresholds(folder, task, run.Thresholds, run.BestEpoch, run.TestMetrics);
        RunFolder.WriteMetrics(folder, task, regime, run.Seed, run.TestMetrics);
    }
}
