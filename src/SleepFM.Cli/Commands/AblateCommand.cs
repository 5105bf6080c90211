using System.CommandLine;
using System.Globalization;
using SleepFM.Evaluation.Ablation;
using SleepFM.Evaluation.Reporting;
using SleepFM.Pipeline;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;
using SleepFM.Training.Transfer;

namespace SleepFM.Cli.Commands;

/// <summary>
/// <c>sleepfm ablate --task T --model RUN --data DIR --out DIR [--subsets 5] [--strategy random|region] [--seed N]</c>:
/// test-time channel ablation of a fine-tuned model (a run folder written by <c>sleepfm finetune</c>).
/// </summary>
static class AblateCommand
{
    public static Command Create(CliContext context)
    {
        var task = CliOptions.Task();
        var model = new Option<FileSystemInfo>("--model") { Description = "A fine-tuning run folder (<task>/<regime>/seed-<n>) or its model.bin.", Required = true };
        var data = CliOptions.TaskData();
        var output = CliOptions.OutputDirectory("Folder for ablation.csv.");
        var subsets = new Option<int>("--subsets") { Description = "Random subsets per channel count (paper: 5).", DefaultValueFactory = _ => 5 };
        subsets.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--subsets must be at least 1."); });
        var strategy = new Option<string>("--strategy") { Description = "random or region.", DefaultValueFactory = _ => "random" };
        strategy.AcceptOnlyFromAmong("random", "region");
        var seed = CliOptions.Seed();
        var json = CliOptions.Json();
        var command = new Command("ablate", "Test a fine-tuned model on channel subsets of every size: mean and 95% CI per size, and the fewest channels keeping 95% of the full montage.")
        {
            task, model, data, output, subsets, strategy, seed, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var chosen = TaskCatalog.Get(parse.GetValue(task)!);
            var given = parse.GetValue(model)!.FullName;
            var runDir = Directory.Exists(given) ? given : Path.GetDirectoryName(given)!;
            var outDir = parse.GetValue(output)!.FullName;
            // The model first: a wrong --model fails before any preparation work.
            using var fineTuned = FineTunedModel.Load(runDir);
            var prepared = CliPreparation.PreparedOrPrepare(context, chosen.Id, parse.GetValue(data)!.FullName, Path.Combine(outDir, "prepared", chosen.Id), cancellation);
            var downstream = new PreparedDownstreamData(prepared, task: chosen);
            // A model trained on another dataset (the CODE-15% ECG model) is tested on every window of this one.
            IDownstreamData tested = fineTuned.TrainedOn is null ? downstream : new ExternalTestData(downstream);
            var dataset = downstream.Dataset;
            IReadOnlyList<string> channels;
            using (var shard = ShardReader.Open(dataset.ShardPath(dataset.Windows[0].Shard))) channels = shard.ChannelNames;
            var options = new ChannelAblation.Options(parse.GetValue(subsets), parse.GetValue(strategy) == "region" ? SubsetStrategy.Region : SubsetStrategy.Random, parse.GetValue(seed),
                OutputColumns: fineTuned.OutputColumns);
            var result = CliProgress.Run(context, $"ablate {chosen.Id}", sink =>
                ChannelAblation.Run(fineTuned.Network, tested, channels, fineTuned.Thresholds, fineTuned.UsesPositions, options, (done, total) => sink.Set(done, total)));
            Directory.CreateDirectory(outDir);
            ChannelAblation.WriteCsv(Path.Combine(outDir, "ablation.csv"), result);
            if (parse.GetValue(json)) Json.Write(context.Out, new { task = chosen.Id, result.FullMontageScore, result.FewestChannels, result.FewestChannelsFraction, result.Curve });
            else
            {
                var table = new TextTable("channels", "mean", "95% CI", "of full", "≥ 95%");
                foreach (var p in result.Curve)
                    table.Add(p.ChannelCount.ToString(CultureInfo.InvariantCulture), p.Mean.ToString("0.000", CultureInfo.InvariantCulture),
                        string.Create(CultureInfo.InvariantCulture, $"{p.CiLower:0.000}–{p.CiUpper:0.000}"), p.FractionOfFull.ToString("0.00", CultureInfo.InvariantCulture), p.ReachesThreshold ? "yes" : "");
                table.Write(context.Out);
                context.Out.WriteLine(result.FewestChannels is { } k
                    ? $"Fewest channels keeping ≥ 95%: {k} of {channels.Count} ({100.0 * k / channels.Count:0}%)"
                    : "No subset keeps ≥ 95% of the full montage.");
            }
            return Task.FromResult(SleepFmCli.Success);
        });
        return command;
    }
}
