using System.Globalization;
using System.Text.Json;

namespace SleepFM.Benchmarks.Pipeline;

/// <summary>One JSON line per measurement on stdout (benchmarks/pipeline/run.sh tabulates them); progress goes to stderr.</summary>
internal static class BenchmarkOutput
{
    public static void Emit(string benchmark, string metric, double value, string unit, object? details = null) =>
        Console.WriteLine(JsonSerializer.Serialize(new { benchmark, metric, value = Math.Round(value, 3), unit, details }));

    public static string Arg(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public static int IntArg(string[] args, string name, int fallback) => int.Parse(Arg(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
