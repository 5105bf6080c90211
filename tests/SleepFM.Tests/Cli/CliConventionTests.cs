using SleepFM.Cli;

namespace SleepFM.Tests.Cli;

/// <summary>Exit codes 0/1/2, --help everywhere, one-line errors with the stack trace only under --verbose.</summary>
public class CliConventionTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("info", "--help")]
    public void Help_succeeds_and_describes_usage(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(SleepFmCli.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
    }

    [Theory]
    [InlineData("info", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Bad_usage_exits_2_with_a_message_on_stderr(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(SleepFmCli.Usage, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("--help", result.Stderr);
    }

    [Fact]
    public void A_failure_is_one_line_without_a_stack_trace_unless_verbose()
    {
        var error = new InvalidDataException("recording.edf: header is truncated");
        var quiet = new StringWriter();
        var verbose = new StringWriter();

        Assert.Equal(SleepFmCli.Failure, CliErrors.Report(error, verbose: false, quiet));
        Assert.Equal(SleepFmCli.Failure, CliErrors.Report(error, verbose: true, verbose));

        Assert.StartsWith("sleepfm: error: recording.edf: header is truncated", quiet.ToString());
        Assert.DoesNotContain(" at ", quiet.ToString());
        Assert.Contains("InvalidDataException", verbose.ToString());
    }
}
