using System.CommandLine;
using System.Globalization;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Tasks;
using SleepFM.Datasets.Recipes;
using SleepFM.Training.Pretraining;
using SleepFM.Training.Transfer;

namespace SleepFM.Cli.Commands;

/// <summary>
/// <c>sleepfm finetune --task T --data DIR --out DIR --regime scratch|pt|pt-pe|frozen[,…] [--encoder FILE] [--preset P] [--seeds N] [--max-epochs N] [--patience N]</c>.
/// <c>--data</c> is the task's prepared folder or a data root (then <c>ROOT/&lt;task&gt;</c> is prepared into
/// <c>OUT/prepared/&lt;task&gt;</c>). Finished (regime, seed) runs are skipped when the command is run again. ECG tasks
/// given a data root with <c>code15/</c> are scored with models fine-tuned on CODE-15% (SPEC §4) unless <c>--within</c>.
/// </summary>
static class FinetuneCommand
{
    public static Command Create(CliContext context)
    {
        var task = CliOptions.Task();
        var data = CliOptions.TaskData();
        var output = CliOptions.OutputDirectory("Results folder: <task>/<regime>/seed-<n>/, results.csv, predictions.csv.");
        var regimes = new Option<string>("--regime") { Description = "One or more of scratch, pt, pt-pe, frozen (comma-separated).", Required = true };
        regimes.Validators.Add(r =>
        {
            foreach (var id in (r.GetValueOrDefault<string>() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (!new[] { "scratch", "pt", "pt-pe", "frozen" }.Contains(id)) r.AddError($"--regime '{id}' is not one of scratch, pt, pt-pe, frozen.");
        });
        var encoder = new Option<FileInfo>("--encoder") { Description = "Pretrained encoder.bin (its encoder.json beside it gives the sizes), or the pretraining run folder; needed by pt, pt-pe and frozen." };
        var preset = CliOptions.Preset("tiny", "quick", "paper");
        var seeds = new Option<int>("--seeds") { Description = "Seeds per regime (1, 2, …).", DefaultValueFactory = _ => 3 };
        var within = new Option<bool>("--within") { Description = "ECG tasks: fine-tune on the task's own splits even when the data root has code15/ (by default the ECG model is fine-tuned on CODE-15% and scored on the shared labels, SPEC §4)." };
        var budget = new BudgetOptions();
        var json = CliOptions.Json();
        var command = new Command("finetune", "Fine-tune and test one downstream task in one or more regimes over several seeds; writes every prediction.")
        {
            task, data, output, regimes, encoder, preset, seeds, budget.MaxEpochs, budget.Patience, within, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var chosen = TaskCatalog.Get(parse.GetValue(task)!);
            var outDir = parse.GetValue(output)!.FullName;
            var requested = parse.GetValue(encoder)?.FullName;
            var encoderFile = requested is null ? null : PretrainedEncoderFiles.ResolveWeights(requested, chosen.Family);
            if (requested is not null && encoderFile != requested && encoderFile != Path.Combine(requested, PretrainedEncoderFiles.Weights))
                context.Error.WriteLine($"sleepfm: note: {requested} comes from a run with one encoder per modality; using its {PretrainedEncoderFiles.ModalityFor(chosen.Family)} encoder, {encoderFile}");
            var ids = parse.GetValue(regimes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(RegimeNames.Parse).ToList();
            if (ids.Any(r => r != Regime.Scratch) && encoderFile is null)
                throw new ArgumentException("Regimes pt, pt-pe and frozen need --encoder (the encoder.bin written by 'sleepfm pretrain').");
            EncoderConfig? encoderConfig = null;
            if (encoderFile is not null)
            {
                var configPath = Path.Combine(Path.GetDirectoryName(encoderFile)!, PretrainedEncoderFiles.Config);
                if (!File.Exists(configPath)) throw new FileNotFoundException($"{configPath} is missing: the encoder's sizes are read from it.", configPath);
                encoderConfig = EncoderConfig.FromJson(File.ReadAllText(configPath));
            }
            var dataRoot = parse.GetValue(data)!.FullName;
            var prepared = CliPreparation.PreparedOrPrepare(context, chosen.Id, dataRoot, Path.Combine(outDir, "prepared", chosen.Id), cancellation);
            string? trainingSet = null;
            if (chosen.Family == SignalFamily.Ecg && !parse.GetValue(within) && Directory.Exists(Path.Combine(dataRoot, Code15Recipe.Task.Id)))
                trainingSet = CliPreparation.PreparedOrPrepare(context, Code15Recipe.Task.Id, dataRoot, Path.Combine(outDir, "prepared", Code15Recipe.Task.Id), cancellation);
            var transfer = new TaskTransfer(chosen, prepared, trainingSet, outDir, encoderFile) { Budget = budget.Read(parse) };
            var seedList = Enumerable.Range(1, Math.Max(1, parse.GetValue(seeds))).Select(s => (long)s).ToList();
            var rows = CliProgress.Run(context, $"finetune {chosen.Id}", sink =>
            {
                transfer.Progress += (done, total, detail) => sink.Set(done, total, detail);
                return transfer.Run(parse.GetValue(preset)!, ids, seedList, encoderConfig, cancellation);
            });
            var summary = ResultsCsv.Summarise(rows, _ => chosen.HeadlineMetric);
            if (parse.GetValue(json)) Json.Write(context.Out, new { task = chosen.Id, metric = chosen.HeadlineMetric, summary, results = rows });
            else
            {
                var table = new TextTable("regime", chosen.HeadlineMetric, "seeds");
                foreach (var s in summary)
                    table.Add(s.Series, s.StandardDeviation is { } sd ? string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.000} ± {sd:0.000}") : s.Mean.ToString("0.000", CultureInfo.InvariantCulture), s.Seeds.ToString(CultureInfo.InvariantCulture));
                table.Write(context.Out);
                context.Out.WriteLine($"Every prediction: {Path.Combine(outDir, chosen.Id, "predictions.csv")}");
            }
            return Task.FromResult(SleepFmCli.Success);
        });
        return command;
    }
}
