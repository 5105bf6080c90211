using System.CommandLine;
using SleepFM.Synthetic;

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
        var command = new Command("synth", "Generate the synthetic data world: PSG sleep cohorts (EDF+ with hypnograms) in their native layouts. Re-running skips finished files.")
        {
            preset, output, seed, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var chosen = SynthesisPreset.FromName(parse.GetValue(preset)!);
            var outDir = parse.GetValue(output)!.FullName;
            var manifest = CliProgress.Run(context, $"synth {chosen.Name}", sink =>
                SyntheticWorld.GenerateSleepCohorts(outDir, chosen, parse.GetValue(seed),
                    new SinkProgress<SynthesisProgress>(p => sink.Set(p.Completed, p.Total, p.SubjectId)), cancellation));
            if (parse.GetValue(json)) Json.Write(context.Out, manifest);
            else
            {
                context.Out.WriteLine($"Wrote {manifest.EdfFiles.Count()} PSG nights to {manifest.OutputDirectory}");
                foreach (var cohort in manifest.Cohorts)
                    context.Out.WriteLine($"  {cohort.Cohort,-14} {cohort.EdfFiles.Count,3} nights");
            }
            return Task.FromResult(SleepFmCli.Success);
        });
        return command;
    }
}
