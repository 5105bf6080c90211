using System.CommandLine;
using System.Globalization;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using SleepFM.Training.Pretraining;

namespace SleepFM.Cli.Commands;

/// <summary>
/// <c>sleepfm pretrain --data DIR --out DIR [--preset tiny|quick|paper] [--seed N] [--epochs N] [--resume] [--json]</c>:
/// leave-one-out contrastive pretraining on PSG clips. <c>--data</c> is a prepared folder or a raw data
/// root (then its <c>psg/</c> folder is prepared into <c>OUT/prepared</c> first).
/// </summary>
static class PretrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "A prepared PSG folder, or a data root with psg/ (e.g. the output of 'sleepfm synth').", Required = true };
        var output = CliOptions.OutputDirectory("Run folder: checkpoints/, history.csv, encoder.bin, encoder.pt, encoder.json.");
        var preset = CliOptions.Preset("tiny", "quick", "paper");
        var seed = CliOptions.Seed();
        var epochs = new Option<int?>("--epochs") { Description = "Override the preset's number of epochs." };
        var batches = new Option<string>("--batches")
        {
            Description = "Which clips share a batch: same-montage (default; the cohort cannot be a shortcut) or mixed (the authors' loaders).",
            DefaultValueFactory = _ => "same-montage",
        };
        batches.AcceptOnlyFromAmong("same-montage", "mixed");
        var resume = new Option<bool>("--resume") { Description = "Continue from the last checkpoint in --out." };
        var json = CliOptions.Json();
        var command = new Command("pretrain", "Pretrain the channel-agnostic encoder on sleep clips with leave-one-out contrastive learning. Ctrl+C checkpoints and stops; --resume continues.")
        {
            data, output, preset, seed, epochs, batches, resume, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var outDir = parse.GetValue(output)!.FullName;
            var dataset = PreparedDataset.Open(CliPreparation.PreparedOrPrepare(context, "psg", parse.GetValue(data)!.FullName, Path.Combine(outDir, "prepared"), cancellation));
            var config = PretrainingPresets.FromName(parse.GetValue(preset)!) with { Seed = parse.GetValue(seed) };
            if (parse.GetValue(epochs) is { } e) config = config with { Epochs = e };
            if (parse.GetValue(batches) == "mixed") config = config with { Batches = BatchComposition.Mixed };
            var clips = new PreparedPretrainingData(dataset, config.BatchSize, (int)config.Seed, config.Batches);
            config = config with { Modalities = clips.Modalities };
            var trainer = new Pretrainer(config, clips, outDir);
            var result = CliProgress.Run(context, "pretrain", sink => trainer.Run(parse.GetValue(resume),
                new SynchronousProgress<PretrainingProgress>(p => sink.Set(p.Step, p.TotalSteps, string.Create(CultureInfo.InvariantCulture,
                    $"epoch {p.Epoch + 1} loss {p.Loss:0.000} lr {p.LearningRate:0.0e0} {p.ClipsPerSecond:0} clips/s"))), cancellation));
            if (parse.GetValue(json)) Json.Write(context.Out, result);
            else
            {
                var table = new TextTable("epoch", "train loss", "val loss", "retrieval top-1", "top-5", "chance", "within night top-1", "top-5", "chance", "seconds");
                foreach (var h in result.History)
                    table.Add((h.Epoch + 1).ToString(CultureInfo.InvariantCulture), F(h.TrainLoss), F(h.ValidationLoss), F(h.RetrievalTop1), F(h.RetrievalTop5),
                        F(h.RetrievalChanceTop1), F(h.NightRetrievalTop1), F(h.NightRetrievalTop5), F(h.NightRetrievalChanceTop1), h.Seconds.ToString("0.0", CultureInfo.InvariantCulture));
                table.Write(context.Out);
                context.Out.WriteLine("Retrieval: how often a held-out clip's other modalities find it among all held-out clips (and among its own night's).");
                context.Out.WriteLine($"Encoder written to {Path.Combine(outDir, PretrainedEncoderFiles.Weights)} (PyTorch: {PretrainedEncoderFiles.PyTorchWeights})");
            }
            return Task.FromResult(SleepFmCli.Success);
        });
        return command;
    }

    static string F(double v) => double.IsNaN(v) ? "–" : v.ToString("0.0000", CultureInfo.InvariantCulture);
}
