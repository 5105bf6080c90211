using System.Text.Json;
using System.Text.Json.Serialization;

namespace SleepFM.Cli;

/// <summary>One JSON style for every --json output: camelCase, indented, enums as strings.</summary>
static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
