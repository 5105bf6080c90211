using System.CommandLine;
using System.Globalization;
using SleepFM.Datasets;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using Spectre.Console;

namespace SleepFM.Cli.Commands;

/// <summary>
/// <c>sleepfm prepare --dataset NAME --source DIR --out DIR [--workers N] [--shard i/n] [--precision float16|float32]
/// [--index-only] [--json]</c>: converts a dataset once into HDF5 shards plus index.csv, splits.csv and dataset.json.
/// Exit codes: 0 every recording done, 3 partial (some failed; listed in failures*.csv), 1 all failed or fatal error,
/// 2 bad usage.
/// </summary>
static class PrepareCommand
{
    public static Command Create(CliContext context)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = $"Dataset recipe: {string.Join(", ", DatasetRecipes.Names)}.",
            Required = true,
        };
        dataset.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string>();
            if (name is not null && !DatasetRecipes.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
                result.AddError($"--dataset '{name}' is not one of {string.Join(", ", DatasetRecipes.Names)}.");
        });
        var source = new Option<DirectoryInfo>("--source") { Description = "The dataset's folder as distributed.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the prepared dataset (created; re-runs resume).", Required = true };
        var workers = new Option<int>("--workers")
        {
            Description = "Recordings converted in parallel (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        workers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var n && n < 1) result.AddError($"--workers must be 1 or more; got {n}.");
        });
        var shard = new Option<string?>("--shard")
        {
            Description = "Only part i of n of the sorted recording list (0-based, round-robin), e.g. 0/8 for a Slurm array task.",
        };
        shard.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is null) return;
            try { PartitionSpec.Parse(text); }
            catch (FormatException e) { result.AddError(e.Message); }
        });
        var precision = new Option<string>("--precision")
        {
            Description = "Sample type in the shards: float16 (default; relative error ≤ 2^-11 on normalised data) or float32.",
            DefaultValueFactory = _ => "float16",
        };
        precision.AcceptOnlyFromAmong("float16", "float32");
        var indexOnly = new Option<bool>("--index-only")
        {
            Description = "Convert nothing; rebuild index.csv, splits.csv and dataset.json from the finished shards (run after an array job).",
        };
        var json = CliOptions.Json();
        var command = new Command("prepare", "Convert a dataset into compact HDF5 shards plus an index, for fast random access in training. Resumable; failures are listed, not fatal.")
        {
            dataset, source, output, workers, shard, precision, indexOnly, json,
        };
        command.SetAction(parse =>
        {
            var options = new PrepareOptions
            {
                Recipe = DatasetRecipes.Create(parse.GetValue(dataset)!),
                SourceDirectory = parse.GetValue(source)!.FullName,
                OutputDirectory = parse.GetValue(output)!.FullName,
                Workers = parse.GetValue(workers),
                Partition = parse.GetValue(shard) is { } text ? PartitionSpec.Parse(text) : PartitionSpec.All,
                Precision = parse.GetValue(precision) == "float32" ? ShardPrecision.Float32 : ShardPrecision.Float16,
                IndexOnly = parse.GetValue(indexOnly),
            };
            var report = Run(context, options);
            foreach (var f in report.Failures)
                context.Error.WriteLine($"sleepfm: failed: {f.RecordingId} ({f.File}): {f.ErrorType}: {f.Message}");
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else WriteText(context.Out, report);
            return report.ExitCode;
        });
        return command;
    }

    // A live progress bar only on an interactive stderr; otherwise one plain line per recording (logs, Slurm, tests).
    static PrepareReport Run(CliContext context, PrepareOptions options)
    {
        bool terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal)
        {
            // One line per recording; workers report in parallel, and SynchronousProgress keeps their lines whole.
            return PrepareRunner.Run(options, new SynchronousProgress<PrepareProgress>(p => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{p.Completed}/{p.Pending}] {p.LastRecordingId} ({p.Failed} failed, {p.Skipped} already done, {p.HoursConverted:0.##} h converted)"))));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        PrepareReport? report = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"prepare {options.Recipe.Name}", maxValue: 1);
                report = PrepareRunner.Run(options, new SynchronousProgress<PrepareProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Pending);
                    task.Value = p.Completed;
                    task.Description = $"{p.LastRecordingId} ({p.Failed} failed)";
                }));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    static void WriteText(TextWriter o, PrepareReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"Output        {r.OutputDirectory}");
        o.WriteLine($"Partition     {r.Partition} ({r.RecordingsInPartition} recordings)");
        o.WriteLine($"Converted     {r.Converted}");
        o.WriteLine($"Already done  {r.Skipped}");
        o.WriteLine($"Failed        {r.Failures.Count}{(r.Failures.Count > 0 ? $" (see {r.FailuresFile})" : "")}");
        o.WriteLine($"Windows       {r.WindowsWritten.ToString(inv)} written");
        o.WriteLine(string.Create(inv, $"Throughput    {r.HoursConverted:0.##} h of recordings in {r.ElapsedSeconds:0.#} s ({r.HoursPerMinute:0.##} h/min)"));
        o.WriteLine($"Dataset       {(r.DatasetComplete ? "complete: index.csv covers every recording" : "incomplete: re-run (or run the remaining --shard parts, then --index-only)")}");
        if (r.ExitCode == PrepareReport.PartialExitCode)
            o.WriteLine("Partial run: exit code 3. Fix or remove the failed files and run the same command again; finished recordings are skipped.");
    }
}
