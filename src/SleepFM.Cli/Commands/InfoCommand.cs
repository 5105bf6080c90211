using System.CommandLine;
using SleepFM.Runtime;

namespace SleepFM.Cli.Commands;

/// <summary><c>sleepfm info [--json]</c>: the runtime, TorchSharp/LibTorch versions, threads and device.</summary>
static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("info", "Show .NET, TorchSharp and LibTorch versions, threads, CUDA availability and the device in use.")
        {
            json,
        };
        command.SetAction(parse =>
        {
            var report = EnvironmentReport.Collect();
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, report);
                return SleepFmCli.Success;
            }
            var rows = new (string, string)[]
            {
                (".NET", report.DotNetVersion),
                ("OS", $"{report.OperatingSystem} ({report.ProcessArchitecture})"),
                ("TorchSharp", report.TorchSharpVersion),
                ("LibTorch", report.LibTorchVersion),
                ("Threads", $"{report.TorchThreads} of {report.LogicalCores} logical cores"),
                ("CUDA", report.CudaAvailable ? $"available ({report.CudaDeviceCount} device(s))" : "not available"),
                ("Device", report.Device),
            };
            foreach (var (name, value) in rows)
                context.Out.WriteLine($"{name,-11} {value}");
            return SleepFmCli.Success;
        });
        return command;
    }
}
