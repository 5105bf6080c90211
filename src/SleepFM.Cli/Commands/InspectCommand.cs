using System.CommandLine;
using System.Globalization;
using SleepFM.IO.Inspection;

namespace SleepFM.Cli.Commands;

/// <summary><c>sleepfm inspect PATH [--json] [--stats] [--annotations N]</c>: what a recording contains.</summary>
static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<FileInfo>("PATH") { Description = "An EDF/EDF+/BDF file, a WFDB header (.hea) or a CODE-15% HDF5 file." };
        var json = CliOptions.Json();
        var stats = new Option<bool>("--stats") { Description = "Also compute each channel's mean and standard deviation (reads every sample)." };
        var annotations = new Option<int>("--annotations")
        {
            Description = "How many annotations to list.",
            DefaultValueFactory = _ => 10,
        };
        annotations.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--annotations must be 0 or more.");
        });
        var command = new Command("inspect", "Show a recording's format, start, duration, channels (label, normalised name, modality, position, rate, unit) and annotations.")
        {
            path, json, stats, annotations,
        };
        command.SetAction(parse =>
        {
            var summary = RecordingInspector.Inspect(parse.GetValue(path)!.FullName, parse.GetValue(stats), parse.GetValue(annotations));
            if (parse.GetValue(json)) Json.Write(context.Out, summary);
            else WriteText(context.Out, summary);
            return SleepFmCli.Success;
        });
        return command;
    }

    static void WriteText(TextWriter o, RecordingSummary s)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"File       {s.Path}");
        o.WriteLine($"Format     {s.Format}");
        o.WriteLine($"Start      {(s.StartTime is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", inv) : "unknown")}");
        o.WriteLine($"Duration   {FormatDuration(s.DurationSeconds)}");
        if (s.RecordCount is { } records)
            o.WriteLine($"Records    {records.ToString(inv)}{(s.RecordDurationSeconds is { } d ? $" × {d.ToString("0.###", inv)} s" : "")}");
        foreach (var (key, value) in s.Properties) o.WriteLine($"{key,-10} {value}");
        o.WriteLine();

        bool withStats = s.Channels.Any(c => c.Mean is not null);
        string[] headers = withStats
            ? ["#", "label", "name", "modality", "position (x, y, z)", "rate Hz", "unit", "samples", "mean", "std"]
            : ["#", "label", "name", "modality", "position (x, y, z)", "rate Hz", "unit", "samples"];
        var table = new TextTable(headers);
        foreach (var c in s.Channels)
        {
            var cells = new List<string>
            {
                c.Index.ToString(inv), c.Label, c.Name, c.Modality.ToString(),
                c.Position is { } p ? $"({p.X:0.000}, {p.Y:0.000}, {p.Z:0.000})" : "-",
                c.SampleRateHz.ToString("0.###", inv), c.Unit, c.SampleCount.ToString(inv),
            };
            if (withStats)
            {
                cells.Add(c.Mean?.ToString("G6", inv) ?? "-");
                cells.Add(c.StandardDeviation?.ToString("G6", inv) ?? "-");
            }
            table.Add([.. cells]);
        }
        table.Write(o);

        o.WriteLine();
        o.WriteLine($"Annotations: {s.AnnotationCount}");
        foreach (var a in s.FirstAnnotations)
            o.WriteLine($"  {a.OnsetSeconds.ToString("0.###", inv),10} s  {(a.DurationSeconds is { } d ? d.ToString("0.###", inv) + " s" : "-"),10}  {a.Text}");
        if (s.Warnings.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"Warnings: {s.Warnings.Count}");
            foreach (var w in s.Warnings) o.WriteLine($"  {w}");
        }
    }

    static string FormatDuration(double seconds) =>
        seconds >= 3600
            ? $"{TimeSpan.FromSeconds(seconds):h\\:mm\\:ss} ({seconds.ToString("0.###", CultureInfo.InvariantCulture)} s)"
            : $"{seconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
}
