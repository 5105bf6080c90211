namespace SleepFM.Cli;

/// <summary>Turns an exception into the one-line error users see (and the stack trace with --verbose).</summary>
static class CliErrors
{
    public static int Report(Exception e, bool verbose, TextWriter stderr)
    {
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        stderr.WriteLine($"sleepfm: error: {message}");
        if (verbose)
            stderr.WriteLine(e.ToString());
        else
            stderr.WriteLine("(run with --verbose for details)");
        return e is OperationCanceledException ? 130 : SleepFmCli.Failure;
    }
}
