using SleepFM.Evaluation.Metrics;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Tasks;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.FineTuning;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.FineTuning;

[Collection("Torch")]
public class FineTunerTests
{
    static FineTuningConfig Config(Regime regime = Regime.Scratch, int epochs = 8) => new()
    {
        Regime = regime,
        Encoder = EncoderConfig.Tiny,
        Head = new() { ProjectionDim = 32, HiddenDim = 32, PositionGroups = 4, PositionKernel = 5, Dropout = 0.1 },
        LearningRate = 3e-3,
        HeadLearningRate = 3e-3,
        MaxEpochs = epochs,
        Patience = 3,
        WarmupEpochs = 1,
        Threads = 1,
    };

    [Fact]
    public void A_learnable_binary_task_is_learned_and_the_best_epoch_is_tested()
    {
        var run = new FineTuner(Config(), new ToyDownstreamData(TaskCatalog.Tuab), null).Run(seed: 1);

        Assert.True(run.TestMetrics["balanced_accuracy"] > 0.75, $"balanced accuracy {run.TestMetrics["balanced_accuracy"]}");
        Assert.Equal(run.History.MinBy(h => h.ValidationLoss)!.Epoch, run.BestEpoch);
        Assert.Equal(48, run.Test.Count);
        Assert.All(Enumerable.Range(0, run.Test.Count), i => Assert.Equal(1.0, run.Test.Scores[i, 0] + run.Test.Scores[i, 1], 5));
    }

    [Fact]
    public void Multilabel_thresholds_are_chosen_on_validation_and_applied_unchanged_to_test()
    {
        var data = new ToyDownstreamData(TaskCatalog.Cpsc);
        var run = new FineTuner(Config(), data, null).Run(seed: 2);

        var expected = MultilabelMetrics.BestF1Thresholds(run.Validation.Labels, run.Validation.Scores).Select(c => c.Threshold);
        Assert.Equal(expected, run.Thresholds);
        for (int i = 0; i < run.Test.Count; i++)
            for (int l = 0; l < 4; l++)
                Assert.Equal(run.Test.Scores[i, l] >= run.Thresholds[l] ? 1 : 0, run.Test.Predictions[i, l]);
        Assert.True(run.TestMetrics["macro_f1"] > 0.6, $"macro F1 {run.TestMetrics["macro_f1"]}");
    }

    [Fact]
    public void The_frozen_regime_trains_only_the_head_and_needs_an_encoder()
    {
        using var temp = new TempDirectory();
        manual_seed(5);
        using (var pretrained = new ChannelAgnosticEncoder(EncoderConfig.Tiny)) pretrained.SaveWeights(temp.File("encoder.bin"));
        var data = new ToyDownstreamData(TaskCatalog.Tuab);

        Assert.Throws<ArgumentException>(() => new FineTuner(Config(Regime.Frozen), data, null).Run(seed: 1));

        new FineTuner(Config(Regime.Frozen, epochs: 2), data, temp.File("encoder.bin")).Run(seed: 1, bestModelPath: temp.File("model.bin"));
        using var tuned = new DownstreamModel(EncoderConfig.Tiny, Config().Head, TaskKind.Binary, 2);
        var freshHead = tuned.Head.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.clone());
        tuned.load(temp.File("model.bin"));
        using var pretrainedAgain = new ChannelAgnosticEncoder(EncoderConfig.Tiny);
        pretrainedAgain.LoadWeights(temp.File("encoder.bin"));

        Assert.All(pretrainedAgain.state_dict(), kv => Assert.True(kv.Value.equal(tuned.Encoder.state_dict()[kv.Key]).all().item<bool>(), kv.Key));
        Assert.Contains(tuned.Head.state_dict(), kv => kv.Value.dtype == ScalarType.Float32 && !kv.Value.equal(freshHead[kv.Key]).all().item<bool>());
    }

    [Fact]
    public void Same_seed_gives_identical_predictions()
    {
        var data = new ToyDownstreamData(TaskCatalog.Tuev, perSplit: 24);
        var a = new FineTuner(Config(epochs: 2), data, null).Run(seed: 3);
        var b = new FineTuner(Config(epochs: 2), data, null).Run(seed: 3);

        Assert.Equal(a.Test.Scores.Cast<double>(), b.Test.Scores.Cast<double>());
    }
}
