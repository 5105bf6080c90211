using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SleepFM.Evaluation.Reporting;
using SleepFM.Interactive.Charts;
using SleepFM.Interactive.Reports;
using SleepFM.Reproduction;
using SleepFM.Runtime;
using SleepFM.Tasks;

namespace SleepFM.Cli.Commands;

/// <summary>
/// <c>sleepfm reproduce [--preset tiny|quick|paper] [--out DIR] [--data DIR] [--seed N] [--seeds N] [--max-epochs N] [--patience N] [--tasks a,b] [--json]</c>:
/// the whole paper in one command — data, preparation, pretraining, transfer to every task in every regime,
/// ablations, Figures 1–3 and report.html. Every stage reuses what a previous run finished.
/// </summary>
static class ReproduceCommand
{
    public static Command Create(CliContext context)
    {
        var preset = CliOptions.Preset([.. ReproductionPreset.All.Select(p => p.Name)]);
        var output = new Option<DirectoryInfo>("--out") { Description = "Results folder (default: results/<preset>)." };
        var data = new Option<DirectoryInfo>("--data") { Description = "Real data root laid out as data/README.md describes; default: generate the synthetic world into OUT/data." };
        var seed = CliOptions.Seed();
        var seeds = new Option<int?>("--seeds") { Description = "Fine-tuning seeds per task and regime (default: the preset's)." };
        seeds.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--seeds must be at least 1."); });
        var tasks = new Option<string>("--tasks") { Description = $"Comma-separated subset of: {string.Join(", ", TaskCatalog.All.Select(t => t.Id))} (default: all)." };
        tasks.Validators.Add(r =>
        {
            foreach (var id in Split(r.GetValueOrDefault<string>()))
                if (!TaskCatalog.All.Any(t => t.Id == id)) r.AddError($"--tasks: '{id}' is not one of {string.Join(", ", TaskCatalog.All.Select(t => t.Id))}.");
        });
        var budget = new BudgetOptions();
        var json = CliOptions.Json();
        var command = new Command("reproduce", "Run the paper end to end: synthesise (or read --data), prepare, pretrain, fine-tune all tasks in every regime, ablate, and write results, Figures 1–3 and report.html. Re-running reuses finished stages.")
        {
            preset, output, data, seed, seeds, budget.MaxEpochs, budget.Patience, tasks, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var presetName = parse.GetValue(preset)!;
            var taskList = Split(parse.GetValue(tasks)).ToList();
            var run = new PaperReproduction(new ReproductionOptions
            {
                Preset = presetName,
                OutputDirectory = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("results", presetName)),
                DataDirectory = parse.GetValue(data)?.FullName,
                Seed = parse.GetValue(seed),
                FineTuningSeeds = parse.GetValue(seeds),
                FineTuningBudget = budget.Read(parse),
                Tasks = taskList.Count > 0 ? taskList : null,
            });
            var timings = new List<(string Stage, double Seconds)>();
            T Stage<T>(string name, string title, Func<IProgressSink, T> work)
            {
                var clock = Stopwatch.StartNew();
                var result = CliProgress.Run(context, title, work);
                var index = timings.FindIndex(t => t.Stage == name);
                if (index >= 0) timings[index] = (name, timings[index].Seconds + clock.Elapsed.TotalSeconds);
                else timings.Add((name, clock.Elapsed.TotalSeconds));
                return result;
            }
            IProgress<StageProgress> Bar(IProgressSink sink) => new SynchronousProgress<StageProgress>(p => sink.Set(p.Done, p.Total, p.Detail ?? ""));

            Stage("data", run.Layout.IsSynthetic ? $"synth {run.Preset.SynthesisPreset}" : "data", sink => { run.EnsureData(Bar(sink), cancellation); return 0; });
            foreach (var dataset in run.DatasetsToPrepare())
            {
                var (_, failures) = Stage("prepare", $"prepare {dataset}", sink => run.Prepare(dataset, Bar(sink), cancellation));
                CliPreparation.WriteWarnings(context, failures);
            }
            run.CountClasses();
            var pretraining = Stage("pretrain", "pretrain", sink => run.Pretrain(new SynchronousProgress<SleepFM.Training.Pretraining.PretrainingProgress>(p =>
                sink.Set(p.Step, p.TotalSteps, string.Create(CultureInfo.InvariantCulture, $"epoch {p.Epoch + 1} loss {p.Loss:0.000} {p.ClipsPerSecond:0} clips/s"))), cancellation));
            foreach (var task in run.Tasks)
                Stage("transfer", $"transfer {task.Id}", sink => run.Transfer(task, Bar(sink), cancellation));
            var ablations = new List<AblationPoint>();
            foreach (var task in run.Tasks)
                ablations.AddRange(Stage("ablate", $"ablate {task.Id}", sink => run.Ablate(task, Bar(sink), cancellation)));
            var figures = Stage("figures", "figures", _ => ReproductionOutputs.WriteFigures(run.Layout, context.Error));
            var report = ReportPage.Write(run, timings);

            var summaries = ReproductionFigures.Summaries(run.Layout);
            if (parse.GetValue(json))
                Json.Write(context.Out, new
                {
                    preset = run.Preset.Name,
                    output = run.Layout.Root,
                    synthetic = run.Layout.IsSynthetic,
                    pretraining = pretraining.History,
                    summary = summaries,
                    fewestChannels = ablations.GroupBy(p => p.TaskId).Select(g => new
                    {
                        task = g.Key,
                        channels = g.Where(p => p.ReachesThreshold).Select(p => (int?)p.ChannelCount).Min(),
                        of = g.First().TotalChannels,
                    }),
                    files = new { results = run.Layout.ResultsCsv, predictions = run.Layout.PredictionsCsv, ablation = run.Layout.AblationCsv, report, figures },
                    seconds = timings.ToDictionary(t => t.Stage, t => t.Seconds),
                });
            else WriteSummary(context, run, summaries, report);
            return Task.FromResult(SleepFmCli.Success);
        });
        return command;
    }

    static void WriteSummary(CliContext context, PaperReproduction run, IReadOnlyList<ScoreSummary> summaries, string report)
    {
        string[] series = ["Scratch", "PT", "PT+PE", "Frozen"];
        var table = new TextTable(["task", "metric", .. series]);
        foreach (var task in run.Tasks)
            table.Add([task.Name, task.HeadlineMetric, .. series.Select(s => summaries.FirstOrDefault(m => m.TaskId == task.Id && m.Series == s) is { } m
                ? (m.StandardDeviation is { } sd ? string.Create(CultureInfo.InvariantCulture, $"{m.Mean:0.000} ± {sd:0.000}") : m.Mean.ToString("0.000", CultureInfo.InvariantCulture))
                : "–")]);
        if (run.Layout.IsSynthetic) context.Out.WriteLine("Synthetic data: these numbers check the pipeline; they are not the paper's results.");
        table.Write(context.Out);
        context.Out.WriteLine($"Report: {report}");
    }

    static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
