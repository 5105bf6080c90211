using System.Text.Json;
using System.Text.Json.Serialization;

namespace SleepFM.Cli;

/// <summary>One JSON style for every --json output: camelCase properties, indented, enums by name (BAS, ECG, …), NaN as "NaN".</summary>
static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        // Undefined metrics are NaN (e.g. AUROC with one class in a test split); JSON has no NaN literal.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
