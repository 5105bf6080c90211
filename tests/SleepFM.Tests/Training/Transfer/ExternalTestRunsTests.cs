using System.Globalization;
using SleepFM.Datasets.Recipes;
using SleepFM.Evaluation.Reporting;
using SleepFM.IO;
using SleepFM.Models;
using SleepFM.Tasks;
using SleepFM.Tests.Fixtures;
using SleepFM.Tests.Training.FineTuning;
using SleepFM.Training.FineTuning;
using SleepFM.Training.Transfer;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Transfer;

[Collection("Torch")]
public class ExternalTestRunsTests
{
    static readonly FineTuningConfig Config = new()
    {
        Regime = Regime.Scratch,
        Encoder = EncoderConfig.Tiny,
        Head = new() { ProjectionDim = 16, HiddenDim = 16, PositionGroups = 4, PositionKernel = 5 },
        MaxEpochs = 1, Patience = 1, WarmupEpochs = 0, Threads = 1,
    };

    [Fact]
    public void The_code15_model_scores_every_ptbxl_window_on_the_shared_labels_at_the_code15_thresholds()
    {
        using var temp = new TempDirectory();
        var code15 = new ExperimentOn(Code15Recipe.Task, temp.Path);
        var ptbxl = new ToyDownstreamData(TaskCatalog.PtbXl, perSplit: 8);

        var folder = ExternalTestRuns.Write(code15.RunDirectory, Code15Recipe.Task, ptbxl, temp.Path);

        Assert.Equal(Path.Combine(temp.Path, "ptbxl", "scratch", "seed-1"), folder);
        Assert.False(File.Exists(Path.Combine(folder, "model.bin")));
        var rows = File.ReadAllLines(Path.Combine(folder, "predictions.csv")).Skip(1).Select(Csv.Split).ToList();
        Assert.Equal(2 * 8 + 8 + 8, rows.Count);                 // train, validation and test windows: nothing trained on them
        Assert.All(rows, r => Assert.Equal("test", r[3]));

        // Scores are the CODE-15% network's sigmoid outputs for RBBB, LBBB, SB and AF, in PTB-XL's class order.
        using var model = FineTunedModel.Load(folder);
        Assert.Equal("code15", model.TrainedOn);
        Assert.Equal([1, 2, 3, 5], model.OutputColumns);
        var code15Thresholds = FineTunedModel.Load(code15.RunDirectory).Thresholds;
        Assert.Equal(new[] { 1, 2, 3, 5 }.Select(c => code15Thresholds[c]), model.Thresholds);
        using var batch = ptbxl.Evaluate(DataSplit.Train).First();
        using var probabilities = sigmoid(model.Network.Forward(batch.Signal, batch.ChannelMask, null));
        for (int i = 0; i < batch.SampleIds.Count; i++)
        {
            var row = rows.Single(r => r[4] == batch.SampleIds[i]);
            int[] columns = [1, 2, 3, 5];
            for (int k = 0; k < 4; k++)
            {
                double score = double.Parse(row[10 + k], CultureInfo.InvariantCulture);   // after 6 id and 4 true_ columns
                // Within float32 rounding, not to a rounded decimal place: the run scored these windows in
                // batches of another size, and GEMM blocking can move the last bit or two of the sigmoid.
                Assert.Equal(probabilities[i, columns[k]].item<float>(), score, 1e-6);
                Assert.Equal(score >= model.Thresholds[k] ? "1" : "0", row[14 + k]);
            }
        }
        var metrics = ResultsCsv.Read(Path.Combine(folder, "metrics.csv"));
        Assert.Contains(metrics, m => m.TaskId == "ptbxl" && m.Metric == "macro_f1" && m.Seed == 1);
    }

    [Fact]
    public void A_complete_run_is_not_rewritten()
    {
        using var temp = new TempDirectory();
        var code15 = new ExperimentOn(Code15Recipe.Task, temp.Path);
        var folder = ExternalTestRuns.Write(code15.RunDirectory, Code15Recipe.Task, new ToyDownstreamData(TaskCatalog.Cpsc, perSplit: 8), temp.Path);
        var written = File.GetLastWriteTimeUtc(Path.Combine(folder, "metrics.csv"));

        ExternalTestRuns.Write(code15.RunDirectory, Code15Recipe.Task, new ToyDownstreamData(TaskCatalog.Cpsc, perSplit: 8), temp.Path);

        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder, "metrics.csv")));
    }

    sealed class ExperimentOn
    {
        public ExperimentOn(DownstreamTask task, string root)
        {
            var experiment = new DownstreamExperiment(new ToyDownstreamData(task, perSplit: 8), root, null);
            experiment.Run([Config], [1]);
            RunDirectory = experiment.RunDirectory(Config, 1);
        }

        public string RunDirectory { get; }
    }
}
