using System.Text.Json;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace SleepFM.Interactive.Charts;

/// <summary>The pixel size a chart's layout asks for (what <c>WithSize</c> set), so static exports match the interactive view.</summary>
public static partial class ChartSize
{
    /// <summary>Layout width and height in pixels, or <paramref name="fallbackWidth"/> × <paramref name="fallbackHeight"/> where unset.</summary>
    public static (int Width, int Height) Of(GenericChart chart, int fallbackWidth = 1100, int fallbackHeight = 600)
    {
        var layout = LayoutJson().Match(ChartHtml.Fragment(chart, includePlotlyJs: false));
        if (!layout.Success) return (fallbackWidth, fallbackHeight);
        // Plotly.NET writes gaps as a bare JavaScript NaN, which JSON lacks.
        using var json = JsonDocument.Parse(BareNaN().Replace(layout.Groups[1].Value, "null"));
        return (Pixels(json.RootElement, "width", fallbackWidth), Pixels(json.RootElement, "height", fallbackHeight));
    }

    static int Pixels(JsonElement layout, string name, int fallback) =>
        layout.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.GetDouble() >= 1 ? (int)v.GetDouble() : fallback;

    [GeneratedRegex(@"var layout = (\{.*?\});\s*var config", RegexOptions.Singleline)]
    private static partial Regex LayoutJson();

    [GeneratedRegex(@"(?<=[\[,:])NaN(?=[\],}])")]
    private static partial Regex BareNaN();
}
