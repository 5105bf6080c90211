using System.CommandLine;
using SleepFM.Evaluation.Reporting;
using SleepFM.Runtime;
using SleepFM.Synthetic;
using SleepFM.Synthetic.Downstream;

namespace SleepFM.Cli.Commands;

/// <summary><c>sleepfm synth --preset tiny|quick|large --out DIR [--seed N] [--json]</c>: the synthetic data world.</summary>
static class SynthCommand
{
    public static Command Create(CliContext context)
    {
        var preset = CliOptions.Preset();
        var output = CliOptions.OutputDirectory("Folder to write the synthetic world into (the native layouts of data/README.md).");
        var seed = CliOptions.Seed();
        var json = CliOptions.Json();
        var command = new Command("synth", "Generate the synthetic data world: PSG sleep cohorts and the eight downstream datasets (plus CODE-15%) in their native layouts, and class_counts.csv. Re-running skips finished files.")
        {
            preset, output, seed, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var chosen = SynthesisPreset.FromName(parse.GetValue(preset)!);
            var outDir = parse.GetValue(output)!.FullName;
            var sleep = CliProgress.Run(context, $"synth {chosen.Name} · sleep cohorts", sink =>
                SyntheticWorld.GenerateSleepCohorts(outDir, chosen, parse.GetValue(seed),
                    new SynchronousProgress<SynthesisProgress>(p => sink.Set(p.Completed, p.Total, p.SubjectId)), cancellation));
            var downstream = CliProgress.Run(context, $"synth {chosen.Name} · downstream datasets", sink =>
                DownstreamWorld.Generate(outDir, DownstreamPreset.FromName(chosen.Name), parse.GetValue(seed),
                    new SynchronousProgress<SynthesisProgress>(p => sink.Set(p.Completed, p.Total, p.SubjectId)), cancellation));
            ClassCountsCsv.Write(Path.Combine(outDir, "class_counts.csv"), downstream.ClassCounts);
            if (parse.GetValue(json)) Json.Write(context.Out, new { sleep, downstream });
            else
            {
                context.Out.WriteLine($"Wrote {sleep.EdfFiles.Count()} PSG nights to {sleep.OutputDirectory}");
                foreach (var cohort in sleep.Cohorts)
                    context.Out.WriteLine($"  {cohort.Cohort,-14} {cohort.EdfFiles.Count,3} nights");
                context.Out.WriteLine($"Wrote the downstream datasets to {downstream.OutputDirectory} (class counts in class_counts.csv)");
                foreach (var d in downstream.Datasets)
                    context.Out.WriteLine($"  {d.TaskId,-14} {d.SubjectCount,4} subjects  {string.Join(", ", d.ClassCounts.Select(c => $"{c.ClassName} {c.Count}"))}  ({d.CountUnit})");
            }
            return Task.FromResult(SleepFmCli.Success);
        });
        return command;
    }
}
