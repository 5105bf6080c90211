using SleepFM.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SleepFM.Pipeline;

/// <summary>JSON settings and atomic file writes for the pipeline's metadata files.</summary>
public static class PipelineJson
{
    /// <summary>camelCase, indented, enums by name, NaN allowed as a named literal.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Serialises <paramref name="value"/> to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    public static void WriteAtomic<T>(string path, T value) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(value, Options));

    /// <summary>Reads a JSON file, or null when it is missing or not valid JSON of that type (a torn write counts as missing).</summary>
    public static T? TryRead<T>(string path) where T : class
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
