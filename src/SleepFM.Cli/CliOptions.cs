using System.CommandLine;

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
}
