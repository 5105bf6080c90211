using SleepFM.Cli;

namespace SleepFM.Tests.Cli;

/// <summary>Runs the sleepfm CLI in process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>Exit code, stdout and stderr of one invocation.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>sleepfm args…</c>.</summary>
    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SleepFmCli.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
