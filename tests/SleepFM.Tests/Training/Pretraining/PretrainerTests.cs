using SleepFM.Tasks;
using SleepFM.Models;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.Pretraining;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Pretraining;

[Collection("Torch")]
public class PretrainerTests
{
    static PretrainingConfig Config(int epochs = 2, long seed = 42) => new()
    {
        Encoder = EncoderConfig.Tiny,
        Modalities = CorrelatedClipData.Names,
        Epochs = epochs,
        BatchSize = 8,
        LearningRate = 3e-3,
        WarmupSteps = 2,
        Seed = seed,
        Threads = 1,
        CheckpointEverySteps = 3,
    };

    static CorrelatedClipData Data() => new(trainClips: 48, validationClips: 16, batchSize: 8, samples: 256, seed: 7);

    sealed class StopAt(long step, CancellationTokenSource cancel) : IProgress<PretrainingProgress>
    {
        public readonly List<double> Losses = [];

        public void Report(PretrainingProgress value)
        {
            Losses.Add(value.Loss);
            if (value.Step == step) cancel.Cancel();
        }
    }

    static Dictionary<string, double[]> Weights(string encoderFile)
    {
        using var encoder = new ChannelAgnosticEncoder(EncoderConfig.Tiny);
        encoder.LoadWeights(encoderFile);
        return encoder.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.to(float64).data<double>().ToArray());
    }

    [Fact]
    public void Training_lowers_the_held_out_loss_and_retrieval_beats_chance()
    {
        using var temp = new TempDirectory();
        var result = new Pretrainer(Config(epochs: 6), Data(), temp.Path).Run();

        Assert.Equal(6, result.History.Count);
        Assert.True(result.History[^1].ValidationLoss < result.History[0].ValidationLoss,
            $"validation loss {result.History[0].ValidationLoss} → {result.History[^1].ValidationLoss}");
        Assert.True(result.History[^1].RetrievalTop1 > 3.0 / 16, $"top-1 {result.History[^1].RetrievalTop1} vs chance 1/16");
        // Retrieval within each night (two nights of eight held-out clips) and both chance levels are logged too.
        var last = result.History[^1];
        Assert.Equal(16, last.HeldOutClips);
        Assert.Equal(1.0 / 16, last.RetrievalChanceTop1, 12);
        Assert.Equal(1.0 / 8, last.NightRetrievalChanceTop1, 12);
        Assert.True(last.NightRetrievalTop1 > 2.0 / 8, $"night top-1 {last.NightRetrievalTop1} vs chance 1/8");
        Assert.True(last.NightRetrievalTop5 >= last.NightRetrievalTop1);
        // d = 32 and 16 held-out clips: at most 15 directions; a collapsed encoder would sit near 1.
        Assert.InRange(last.EffectiveRank, 2.0, 15.0);
        Assert.Equal(result.History, new HistoryFile(temp.File("history.csv")).Read());
        foreach (var file in new[] { "encoder.bin", "encoder.pt", "encoder.json", "history.csv", "config.json" })
            Assert.True(File.Exists(temp.File(file)), file);
        Assert.Equal(EncoderConfig.Tiny, EncoderConfig.FromJson(File.ReadAllText(temp.File("encoder.json"))));
    }

    [Fact]
    public void An_interrupted_and_resumed_run_ends_bit_identical_to_an_uninterrupted_one()
    {
        using var straight = new TempDirectory();
        using var interrupted = new TempDirectory();
        var uninterrupted = new StopAt(-1, new CancellationTokenSource());
        var full = new Pretrainer(Config(), Data(), straight.Path).Run(progress: uninterrupted);

        using var cancel = new CancellationTokenSource();
        var firstHalf = new StopAt(8, cancel);   // mid-epoch, between checkpoints (every 3 steps)
        Assert.Throws<OperationCanceledException>(() => new Pretrainer(Config(), Data(), interrupted.Path).Run(progress: firstHalf, cancellation: cancel.Token));
        var secondHalf = new StopAt(-1, new CancellationTokenSource());
        var resumed = new Pretrainer(Config(), Data(), interrupted.Path).Run(resume: true, progress: secondHalf);

        Assert.Equal(full.Steps, resumed.Steps);
        Assert.Equal(uninterrupted.Losses, firstHalf.Losses.Concat(secondHalf.Losses));
        Assert.Equal(full.History.Select(h => (h.TrainLoss, h.ValidationLoss, h.RetrievalTop1)),
                     resumed.History.Select(h => (h.TrainLoss, h.ValidationLoss, h.RetrievalTop1)));
        var a = Weights(straight.File("encoder.bin"));
        var b = Weights(interrupted.File("encoder.bin"));
        Assert.All(a, kv => Assert.Equal(kv.Value, b[kv.Key]));
    }

    [Fact]
    public void The_same_seed_gives_the_same_losses_and_another_seed_does_not()
    {
        List<double> Losses(long seed)
        {
            using var temp = new TempDirectory();
            var progress = new StopAt(-1, new CancellationTokenSource());
            new Pretrainer(Config(epochs: 1, seed: seed), Data(), temp.Path).Run(progress: progress);
            return progress.Losses;
        }

        Assert.Equal(Losses(1), Losses(1));
        Assert.NotEqual(Losses(1), Losses(2));
    }

    [Fact]
    public void Live_tensors_stay_flat_across_training_steps()
    {
        using var temp = new TempDirectory();
        var counts = new List<long>();
        var progress = new Counting(counts);
        new Pretrainer(Config(epochs: 4), Data(), temp.Path).Run(progress: progress);

        // After warm-up (optimizer state is created on the first step), every step leaves as many live tensors as it found.
        Assert.True(counts.Count >= 20);
        Assert.Single(counts.Skip(2).Distinct());
    }

    sealed class Counting(List<long> counts) : IProgress<PretrainingProgress>
    {
        public void Report(PretrainingProgress value) => counts.Add(DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void Checkpoints_are_complete_folders_and_only_the_newest_are_kept()
    {
        using var temp = new TempDirectory();
        new Pretrainer(Config(epochs: 2) with { CheckpointsKept = 2 }, Data(), temp.Path).Run();

        var folders = Directory.GetDirectories(temp.File("checkpoints")).Select(Path.GetFileName).Order().ToList();
        // 6 steps per epoch, a checkpoint every 3 steps and at each epoch end: 3, 6, 9, 12; the newest two stay.
        Assert.Equal(["step-00000009", "step-00000012"], folders);
        Assert.Equal("step-00000012", File.ReadAllText(temp.File("checkpoints/latest")));
        foreach (var file in new[] { "model.bin", "optimizer.bin", "rng.bin", "position.json", "config.json" })
            Assert.True(File.Exists(Path.Combine(temp.File("checkpoints"), "step-00000012", file)), file);
        Assert.Empty(Directory.GetFileSystemEntries(temp.File("checkpoints"), "*.tmp"));
    }

    [Fact]
    public void Resuming_with_a_different_configuration_is_refused()
    {
        using var temp = new TempDirectory();
        new Pretrainer(Config(epochs: 1), Data(), temp.Path).Run();

        var error = Assert.Throws<InvalidDataException>(() =>
            new Pretrainer(Config(epochs: 1) with { LearningRate = 1e-2 }, Data(), temp.Path).Run(resume: true));
        Assert.Contains("different configuration", error.Message);
    }

    [Fact]
    public void History_files_from_before_the_chance_columns_still_read()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("history.csv"),
            "epoch,step,train_loss,validation_loss,retrieval_top1,retrieval_top5,log_scale,learning_rate,seconds\n0,75,3.2,3.3,0.01,0.05,0.1,0.001,200\n");
        var record = Assert.Single(new HistoryFile(temp.File("history.csv")).Read());
        Assert.Equal((75L, 3.3, 0.01), (record.Step, record.ValidationLoss, record.RetrievalTop1));
        Assert.True(double.IsNaN(record.NightRetrievalTop1));
        Assert.True(double.IsNaN(record.EffectiveRank));
    }

    [Fact]
    public void Per_modality_encoders_are_each_saved_in_their_own_folder()
    {
        using var temp = new TempDirectory();
        var config = Config(epochs: 1) with { SharedEncoder = false };
        new Pretrainer(config, Data(), temp.Path).Run();
        foreach (var modality in config.Modalities)
        {
            var folder = PretrainedEncoderFiles.ModalityDirectory(temp.Path, modality);
            foreach (var file in new[] { "encoder.bin", "encoder.pt", "encoder.json" })
                Assert.True(File.Exists(Path.Combine(folder, file)), $"{modality}/{file}");
            Assert.Equal(folder, PretrainedEncoderFiles.DirectoryFor(temp.Path, modality));
        }
        // The top-level encoder stays the first modality's; the others are trained apart and differ from it.
        Assert.Equal(File.ReadAllBytes(temp.File("encoder.bin")),
                     File.ReadAllBytes(Path.Combine(PretrainedEncoderFiles.ModalityDirectory(temp.Path, config.Modalities[0]), "encoder.bin")));
        var first = Weights(Path.Combine(PretrainedEncoderFiles.ModalityDirectory(temp.Path, config.Modalities[0]), "encoder.bin"));
        var second = Weights(Path.Combine(PretrainedEncoderFiles.ModalityDirectory(temp.Path, config.Modalities[1]), "encoder.bin"));
        Assert.NotEqual(first["tokenizer.proj.weight"], second["tokenizer.proj.weight"]);
    }

    [Fact]
    public void A_shared_encoder_run_serves_every_modality_from_its_top_folder()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("encoder.bin"), "weights");
        Assert.Equal(temp.Path, PretrainedEncoderFiles.DirectoryFor(temp.Path, "ECG"));
        Assert.Equal(temp.File("encoder.bin"), PretrainedEncoderFiles.ResolveWeights(temp.File("encoder.bin"), SignalFamily.Ecg));
        Assert.Equal(temp.File("encoder.bin"), PretrainedEncoderFiles.ResolveWeights(temp.Path, SignalFamily.Ecg));
    }

    [Fact]
    public void A_task_given_the_top_encoder_of_a_per_modality_run_gets_its_own_modality()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("encoder.bin"), "BAS weights");
        foreach (var modality in new[] { "BAS", "ECG" })
        {
            Directory.CreateDirectory(PretrainedEncoderFiles.ModalityDirectory(temp.Path, modality));
            File.WriteAllText(Path.Combine(PretrainedEncoderFiles.ModalityDirectory(temp.Path, modality), "encoder.bin"), modality);
        }
        string Resolved(SignalFamily family) => File.ReadAllText(PretrainedEncoderFiles.ResolveWeights(temp.File("encoder.bin"), family));
        Assert.Equal("ECG", Resolved(SignalFamily.Ecg));
        Assert.Equal("BAS", Resolved(SignalFamily.Eeg));
        // The run folder itself stands for its top-level encoder.bin.
        Assert.Equal("ECG", File.ReadAllText(PretrainedEncoderFiles.ResolveWeights(temp.Path, SignalFamily.Ecg)));
        // A file picked on purpose (another name, or a modality's own) is used as given.
        var chosen = Path.Combine(PretrainedEncoderFiles.ModalityDirectory(temp.Path, "BAS"), "encoder.bin");
        Assert.Equal(chosen, PretrainedEncoderFiles.ResolveWeights(chosen, SignalFamily.Ecg));
    }

    [Fact]
    public void The_log_scale_starts_where_the_config_says()
    {
        using var temp = new TempDirectory();
        var result = new Pretrainer(Config(epochs: 1) with { InitialLogScale = 2.5 }, Data(), temp.Path).Run();
        // A few AdamW steps move t by at most lr per step from its start.
        Assert.InRange(result.History[0].LogScale, 2.3, 2.7);
        var error = Assert.Throws<ArgumentException>(() => new Pretrainer(Config() with { InitialLogScale = -1 }, Data(), "unused"));
        Assert.Contains("InitialLogScale", error.Message);
    }

    [Fact]
    public void Invalid_settings_name_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new Pretrainer(Config() with { BatchSize = 1 }, Data(), "unused"));
        Assert.Contains("BatchSize", error.Message);
    }
}
