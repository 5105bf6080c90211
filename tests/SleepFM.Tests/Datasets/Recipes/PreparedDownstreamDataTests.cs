using SleepFM.Datasets.Recipes;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Pipeline;
using SleepFM.Synthetic.Downstream;
using SleepFM.Tasks;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.FineTuning;
using static TorchSharp.torch;

namespace SleepFM.Tests.Datasets.Recipes;

/// <summary>tiny TUAB: prepare → <see cref="PreparedDownstreamData"/> → one fine-tuning epoch with predictions.</summary>
[Collection("Torch")]
public sealed class PreparedDownstreamDataTests
{
    [Fact]
    public void Prepared_tuab_feeds_the_fine_tuner_with_official_test_split_and_seeded_order()
    {
        using var temp = new TempDirectory();
        // Only TUAB is used: the other datasets shrink to their minimum sizes to keep the test fast.
        var preset = DownstreamPreset.Tiny with
        {
            Name = "tiny-tuab", TuevSubjects = 4, TuslSubjects = 4, ChbMitSubjects = 2, BrainCaptureSubjects = 4,
            Code15Exams = 12, PtbXlRecords = 20, G12ecRecords = 10, CpscRecords = 10,
        };
        var manifest = DownstreamWorld.Generate(temp.File("world"), preset, 42);
        string output = temp.File("prepared");
        var report = PrepareRunner.Run(new PrepareOptions
        {
            Recipe = new TuabRecipe(), SourceDirectory = manifest["tuab"].Directory, OutputDirectory = output, Workers = 2,
        });
        Assert.Empty(report.Failures);
        Assert.Equal(manifest["tuab"].FileCount, report.Converted);
        Assert.True(report.DatasetComplete);

        Assert.Throws<ArgumentException>(() => new PreparedDownstreamData(output, task: TaskCatalog.Tuev)); // 2 classes stored, 6 wanted
        var data = new PreparedDownstreamData(output, batchSize: 8);
        Assert.Same(TaskCatalog.Tuab, data.Task);
        int evalFiles = Directory.GetFiles(Path.Combine(manifest["tuab"].Directory, "edf", "eval"), "*.edf", SearchOption.AllDirectories).Length;
        Assert.Equal(evalFiles * 6, data.WindowCount(DataSplit.Test)); // eval/ is the test set, 6 × 10 s per 1-min file
        int train = data.WindowCount(DataSplit.Train);
        Assert.Equal(train, data.TrainClassCounts.Sum());
        Assert.Equal((train + 7) / 8, data.TrainBatchesPerEpoch);

        List<string> Ids(long seed, int epoch) => data.TrainEpoch(seed, epoch).SelectMany(b => { using (b) return b.SampleIds; }).ToList();
        var a = Ids(1, 0);
        Assert.Equal(a, Ids(1, 0));
        Assert.NotEqual(a, Ids(1, 1));
        Assert.Equal(train, a.Distinct().Count());

        using (var first = data.Evaluate(DataSplit.Test).First())
        {
            Assert.Equal(new long[] { 8, 19, 1280 }, first.Signal.shape);
            Assert.Equal(ScalarType.Int64, first.Labels.dtype);
            Assert.True(first.ChannelMask.all().item<bool>());
            Assert.True(first.Signal.abs().max().item<float>() <= 5.0001f); // clipped at ±50 µV, divided by 10 µV
        }

        var config = new FineTuningConfig
        {
            Regime = Regime.Scratch,
            Encoder = EncoderConfig.Tiny,
            Head = new() { ProjectionDim = 32, HiddenDim = 32, PositionGroups = 4, PositionKernel = 5, Dropout = 0.1 },
            MaxEpochs = 1, Patience = 1, WarmupEpochs = 0, Threads = 1,
        };
        var run = new FineTuner(config, data, null).Run(seed: 1);
        Assert.Equal(data.WindowCount(DataSplit.Test), run.Test.Count);
        Assert.Equal(data.WindowCount(DataSplit.Validation), run.Validation.Count);
        string predictions = temp.File("predictions.csv");
        File.WriteAllLines(predictions, [PredictionsCsv.Header(data.Task), .. PredictionsCsv.Rows(data.Task, "scratch", 1, run.Test)]);
        var lines = File.ReadAllLines(predictions);
        Assert.Equal(run.Test.Count + 1, lines.Length);
        Assert.Contains("edf/eval/", lines[1]);
    }
}
