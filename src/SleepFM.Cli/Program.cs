namespace SleepFM.Cli;

static class Program
{
    static int Main(string[] args) => SleepFmCli.Run(args, Console.Out, Console.Error);
}
