using System.CommandLine;
using SleepFM.Cli.Commands;

namespace SleepFM.Cli;

/// <summary>
/// Builds and runs the <c>sleepfm</c> command tree. Exit codes follow convention:
/// 0 success, 1 failure, 2 bad usage. Errors are one line on stderr; <c>--verbose</c> adds the stack trace.
/// </summary>
public static class SleepFmCli
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code when the command ran and failed.</summary>
    public const int Failure = 1;
    /// <summary>Exit code for a command line that could not be parsed.</summary>
    public const int Usage = 2;

    /// <summary>Runs the CLI with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(new CliContext(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"sleepfm: {error.Message}");
            stderr.WriteLine($"Run '{CommandPath(parse)} --help' for usage.");
            return Usage;
        }
        var config = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CliErrors.Report(e, parse.GetValue(CliOptions.Verbose), stderr);
        }
    }

    static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "SleepFM.Notebooks: pretrain a channel-agnostic biosignal encoder on sleep recordings and transfer it to wake EEG/ECG tasks.");
        root.Options.Add(CliOptions.Verbose);
        root.Subcommands.Add(InfoCommand.Create(context));
        root.Subcommands.Add(InspectCommand.Create(context));
        root.Subcommands.Add(SynthCommand.Create(context));
        root.Subcommands.Add(PrepareCommand.Create(context));
        root.Subcommands.Add(PretrainCommand.Create(context));
        root.Subcommands.Add(FinetuneCommand.Create(context));
        root.Subcommands.Add(AblateCommand.Create(context));
        root.Subcommands.Add(ReproduceCommand.Create(context));
        return root;
    }

    static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "sleepfm" : result.Command.Name);
        return string.Join(' ', names);
    }
}
