using System.CommandLine;
using SleepFM.Tasks;

namespace SleepFM.Cli;

/// <summary>Options shared by several commands.</summary>
static class CliOptions
{
    /// <summary>Show stack traces with errors. Recursive, so it works after any subcommand.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Show the full stack trace when something fails.",
        Recursive = true,
    };

    /// <summary>Machine-readable output.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write the result as JSON to stdout." };

    /// <summary>The preset shared by every command: tiny (tests, seconds), quick (the main job), large or paper.</summary>
    public static Option<string> Preset(params string[] allowed)
    {
        string[] names = allowed.Length > 0 ? allowed : ["tiny", "quick", "large"];
        var option = new Option<string>("--preset")
        {
            Description = $"Size preset: {string.Join(", ", names)}.",
            DefaultValueFactory = _ => "quick",
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    /// <summary>A required output folder.</summary>
    public static Option<DirectoryInfo> OutputDirectory(string description) =>
        new("--out") { Description = description, Required = true };

    /// <summary>A required downstream task, one of the catalogue's ids.</summary>
    public static Option<string> Task()
    {
        var option = new Option<string>("--task") { Description = $"Task: {string.Join(", ", TaskCatalog.All.Select(t => t.Id))}.", Required = true };
        option.AcceptOnlyFromAmong([.. TaskCatalog.All.Select(t => t.Id)]);
        return option;
    }

    /// <summary>A task's required <c>--data</c>: prepared, or raw data that <see cref="CliPreparation.PreparedOrPrepare"/> prepares first.</summary>
    public static Option<DirectoryInfo> TaskData() =>
        new("--data") { Description = "The task's prepared folder, or a data root laid out as data/README.md.", Required = true };

    /// <summary>The seed of everything random.</summary>
    public static Option<int> Seed() => new("--seed") { Description = "Seed of everything random.", DefaultValueFactory = _ => 42 };
}
