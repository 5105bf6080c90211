using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Tasks;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.FineTuning;

namespace SleepFM.Tests.Training.FineTuning;

[Collection("Torch")]
public class DownstreamExperimentTests
{
    static FineTuningConfig Config(Regime regime) => new()
    {
        Regime = regime,
        Encoder = EncoderConfig.Tiny,
        Head = new() { ProjectionDim = 16, HiddenDim = 16, PositionGroups = 4, PositionKernel = 5 },
        LearningRate = 3e-3,
        HeadLearningRate = 3e-3,
        MaxEpochs = 2,
        Patience = 2,
        WarmupEpochs = 1,
        Threads = 1,
    };

    static void RunAll(string root)
    {
        foreach (var task in new[] { TaskCatalog.Tuab, TaskCatalog.Tuev, TaskCatalog.Cpsc })
            new DownstreamExperiment(new ToyDownstreamData(task, perSplit: 16), root, null)
                .Run([Config(Regime.Scratch)], [1, 2]);
    }

    [Fact]
    public void Runs_are_written_atomically_skipped_when_rerun_and_aggregated()
    {
        using var temp = new TempDirectory();
        var data = new ToyDownstreamData(TaskCatalog.Tuab, perSplit: 16);
        var experiment = new DownstreamExperiment(data, temp.Path, null);
        var skipped = new List<bool>();
        experiment.RunStarting += (_, _, done) => skipped.Add(done);

        var first = experiment.Run([Config(Regime.Scratch)], [1, 2]);
        var second = experiment.Run([Config(Regime.Scratch)], [1, 2]);

        Assert.Equal([false, false, true, true], skipped);
        Assert.Equal(first, second);
        Assert.Equal(2, first.Select(r => r.Seed).Distinct().Count());
        foreach (var file in new[] { "metrics.csv", "predictions.csv", "history.csv", "config.json", "thresholds.json", "model.bin" })
            Assert.True(File.Exists(Path.Combine(experiment.RunDirectory(Config(Regime.Scratch), 1), file)), file);
        Assert.Empty(Directory.GetDirectories(Path.Combine(temp.Path, "tuab", "scratch"), ".*"));
        var predictions = File.ReadAllLines(temp.File("predictions.csv"));
        Assert.Equal("task,regime,seed,split,sample_id,subject_id,y_true,score_normal,score_abnormal,y_pred", predictions[0]);
        Assert.Equal(1 + 2 * (16 + 16), predictions.Length);   // validation + test rows of two seeds
    }

    [Fact]
    public void A_finished_run_is_reused_on_another_machine_but_not_with_another_protocol()
    {
        using var temp = new TempDirectory();
        var data = new ToyDownstreamData(TaskCatalog.Tuab, perSplit: 16);
        var experiment = new DownstreamExperiment(data, temp.Path, null);
        var config = Config(Regime.Scratch);
        experiment.Run([config], [1]);
        var folder = experiment.RunDirectory(config, 1);
        var written = File.GetLastWriteTimeUtc(Path.Combine(folder, "metrics.csv"));

        experiment.Run([config with { Threads = 2 }], [1]);   // the thread count follows the machine
        var refused = Assert.Throws<RunSettingsMismatchException>(() => experiment.Run([config with { LearningRate = 1e-3, MaxEpochs = 5 }], [1]));

        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder, "metrics.csv")));
        Assert.Equal(folder, refused.Folder);
        Assert.Equal(["LearningRate: 0.003 there, 0.001 now", "MaxEpochs: 2 there, 5 now"], refused.Differences);

        File.WriteAllText(Path.Combine(folder, "config.json"), "{ \"MaxEpochs\": 2,");   // cut short
        var damaged = Assert.Throws<InvalidDataException>(() => experiment.Run([config], [1]));
        Assert.StartsWith(Path.Combine(folder, "config.json"), damaged.Message);
    }

    [Fact]
    public void A_budget_overrides_only_what_it_names()
    {
        var config = Config(Regime.Scratch);

        Assert.Equal(config, FineTuningBudget.Preset.ApplyTo(config));
        Assert.Equal(config with { MaxEpochs = 30 }, new FineTuningBudget(MaxEpochs: 30).ApplyTo(config));
        Assert.Equal(config with { MaxEpochs = 30, Patience = 6 }, new FineTuningBudget(30, 6).ApplyTo(config));
        Assert.Throws<ArgumentException>(() => new FineTuningBudget(Patience: 0).ApplyTo(config));
    }

    [Fact]
    public void Results_summarise_to_mean_and_std_over_seeds()
    {
        using var temp = new TempDirectory();
        new DownstreamExperiment(new ToyDownstreamData(TaskCatalog.Tuab, perSplit: 16), temp.Path, null).Run([Config(Regime.Scratch)], [1, 2, 3]);

        var rows = ResultsCsv.Read(temp.File("results.csv"));
        var summary = Assert.Single(ResultsCsv.Summarise(rows, id => TaskCatalog.Get(id).HeadlineMetric));
        var values = rows.Where(r => r.Metric == "balanced_accuracy").Select(r => r.Value).ToArray();
        Assert.Equal("Scratch", summary.Series);
        Assert.Equal(3, summary.Seeds);
        Assert.Equal(values.Average(), summary.Mean, 12);
        double mean = values.Average();
        Assert.Equal(Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / 2), summary.StandardDeviation!.Value, 12);
    }

    [PythonFact("sklearn", "numpy")]
    public void Every_metric_in_results_csv_is_recomputed_by_scikit_learn_from_predictions_csv()
    {
        using var temp = new TempDirectory();
        RunAll(temp.Path);

        var (exitCode, stdout, stderr) = PythonReference.RunScript("recompute_results_sklearn.py", temp.Path);

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains("over 6 runs", stdout);
        // 8 binary + 7 multiclass + (macro F1, AUROC, 4 per-label F1, 4 thresholds) multilabel metrics, per seed.
        var compared = int.Parse(System.Text.RegularExpressions.Regex.Match(stdout, @"compared (\d+) metrics").Groups[1].Value);
        Assert.True(compared >= 2 * (8 + 7 + 10) - 4, stdout);
    }
}
