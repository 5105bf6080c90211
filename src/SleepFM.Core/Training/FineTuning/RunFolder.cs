using System.Globalization;
using System.Text.Json;
using SleepFM.Evaluation.Metrics;
using SleepFM.Evaluation.Reporting;
using SleepFM.Tasks;

namespace SleepFM.Training.FineTuning;

/// <summary>
/// The files of one fine-tuning run folder (<c>&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;/</c>), shared by runs trained
/// on the task itself and runs that only test a model trained elsewhere. <c>metrics.csv</c> is written last: its
/// presence marks the run complete.
/// </summary>
static class RunFolder
{
    public const string MetricsFile = "metrics.csv";
    public const string ThresholdsFile = "thresholds.json";
    public const string ConfigFile = "config.json";
    public const string ModelFile = "model.bin";
    public const string SourceFile = "source.json";

    public static bool IsComplete(string folder) => File.Exists(Path.Combine(folder, MetricsFile));

    public static void WritePredictions(string folder, DownstreamTask task, string regime, long seed, params PredictionSet[] sets) =>
        File.WriteAllLines(Path.Combine(folder, "predictions.csv"),
            [PredictionsCsv.Header(task), .. sets.SelectMany(s => PredictionsCsv.Rows(task, regime, seed, s))]);

    public static void WriteThresholds(string folder, DownstreamTask task, IReadOnlyList<double> thresholds, int bestEpoch, MetricSet metrics) =>
        File.WriteAllText(Path.Combine(folder, ThresholdsFile), JsonSerializer.Serialize(new
        {
            labels = task.Classes,
            thresholds,
            best_epoch = bestEpoch,
            warnings = metrics.Warnings.Select(w => w.ToString()),
        }));

    public static void WriteMetrics(string folder, DownstreamTask task, string regime, long seed, MetricSet metrics) =>
        File.WriteAllLines(Path.Combine(folder, MetricsFile),
            [ResultsCsv.Header, .. ResultsCsv.Rows(metrics.Values.Select(kv => new ResultRow(task.Id, regime, seed, kv.Key, kv.Value)))]);

    /// <summary>The seed of a folder named <c>seed-&lt;n&gt;</c>.</summary>
    /// <exception cref="ArgumentException">The folder is not named so.</exception>
    public static long SeedOf(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        return name.StartsWith("seed-", StringComparison.Ordinal) && long.TryParse(name.AsSpan(5), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new ArgumentException($"{folder} is not a run folder named seed-<n>.", nameof(folder));
    }

    public static IReadOnlyList<double> ReadThresholds(string folder)
    {
        using var json = JsonDocument.Parse(ReadRequired(folder, ThresholdsFile));
        return json.RootElement.GetProperty("thresholds").EnumerateArray().Select(t => t.GetDouble()).ToList();
    }

    public static string ReadRequired(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? File.ReadAllText(path)
            : throw new FileNotFoundException($"{path} is missing: expected a run folder written by 'sleepfm finetune'.", path);
    }
}
