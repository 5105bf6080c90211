using System.Text.Json.Nodes;

namespace SleepFM.Training.FineTuning;

/// <summary>Compares a finished run's <c>config.json</c> with the configuration requested now.</summary>
static class RunSettings
{
    // The thread count follows the machine, not the protocol: a run made on a laptop is reused on a server.
    static readonly HashSet<string> Ignored = [nameof(FineTuningConfig.Threads)];

    /// <summary>Throws when the folder's saved configuration differs from <paramref name="requested"/>.</summary>
    /// <exception cref="RunSettingsMismatchException">A setting differs.</exception>
    /// <exception cref="FileNotFoundException">The folder has no <c>config.json</c>.</exception>
    /// <exception cref="InvalidDataException">The saved configuration is not a JSON object.</exception>
    public static void EnsureSame(string folder, FineTuningConfig requested)
    {
        var differences = Differences(RunFolder.ReadRequired(folder, RunFolder.ConfigFile), requested, Path.Combine(folder, RunFolder.ConfigFile));
        if (differences.Count > 0) throw new RunSettingsMismatchException(folder, differences);
    }

    /// <summary>One "Field: saved, requested" entry per top-level setting that differs.</summary>
    /// <param name="savedJson">The saved configuration.</param>
    /// <param name="requested">The configuration requested now.</param>
    /// <param name="source">Where the saved configuration comes from, for errors.</param>
    public static IReadOnlyList<string> Differences(string savedJson, FineTuningConfig requested, string source)
    {
        JsonObject saved, now = JsonNode.Parse(requested.ToJson())!.AsObject();
        try
        {
            saved = JsonNode.Parse(savedJson) as JsonObject ?? throw new InvalidDataException($"{source} is not a JSON object.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {e.Message}", e);
        }
        return now.Select(p => p.Key).Union(saved.Select(p => p.Key)).Where(key => !Ignored.Contains(key))
            .Where(key => !JsonNode.DeepEquals(saved[key], now[key]))
            .Select(key => $"{key}: {Show(saved[key])} there, {Show(now[key])} now")
            .ToList();
    }

    static string Show(JsonNode? value) => value?.ToJsonString() ?? "absent";
}
