using System.Text.Json;
using System.Text.RegularExpressions;
using Plotly.NET;
using SleepFM.Interactive.Charts;

namespace SleepFM.Tests.Interactive;

/// <summary>The data and layout JSON a chart hands to Plotly.newPlot, parsed for assertions.</summary>
internal static class ChartJson
{
    public static string Html(GenericChart chart) => ChartHtml.Fragment(chart, includePlotlyJs: false);

    public static List<JsonElement> Traces(GenericChart chart)
    {
        var data = Regex.Match(Html(chart), @"var data = (\[.*?\]);\s*var layout", RegexOptions.Singleline).Groups[1].Value;
        return JsonDocument.Parse(Clean(data)).RootElement.EnumerateArray().ToList();
    }

    public static JsonElement Layout(GenericChart chart)
    {
        var layout = Regex.Match(Html(chart), @"var layout = (\{.*?\});\s*var config", RegexOptions.Singleline).Groups[1].Value;
        return JsonDocument.Parse(Clean(layout)).RootElement;
    }

    // Plotly.NET writes NaN (gaps) as a bare JavaScript NaN; JSON has no such literal.
    static string Clean(string js) => Regex.Replace(js, @"(?<=[\[,:])NaN(?=[\],}])", "null");

    public static string? Name(this JsonElement trace) => trace.TryGetProperty("name", out var n) ? n.GetString() : null;

    public static string Type(this JsonElement trace) => trace.GetProperty("type").GetString()!;

    public static int Length(this JsonElement trace, string property) => trace.GetProperty(property).GetArrayLength();

    public static double[] Numbers(this JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble()).ToArray();

    public static string[] Strings(this JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToArray();

    public static string? AxisTitle(this JsonElement layout, string axis) =>
        layout.TryGetProperty(axis, out var a) && a.TryGetProperty("title", out var t) && t.TryGetProperty("text", out var text) ? text.GetString() : null;
}
