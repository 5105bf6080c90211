using System.Text.RegularExpressions;
using Plotly.NET;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// Renders a Plotly.NET chart as a notebook HTML fragment that works offline. The plotly.js bundle is
/// inlined by the first chart of a kernel session only; later charts wait until it is present.
/// (Plotly.NET.Interactive's own formatter loads plotly.js from a CDN, so saved notebooks render blank offline.)
/// </summary>
public static partial class ChartHtml
{
    /// <summary>The chart's div and script; with <paramref name="includePlotlyJs"/> the bundle goes first.</summary>
    public static string Fragment(GenericChart chart, bool includePlotlyJs)
    {
        var html = GenericChart.toChartHTML(chart);
        // Plotly.NET ends its script with an immediate render call; defer it until plotly.js is loaded.
        html = RenderCall().Replace(html, m =>
            $"(function wait() {{ if (window.Plotly) {{ {m.Groups[1].Value}(); }} else {{ setTimeout(wait, 50); }} }})();", 1);
        // plotly.js is a UMD bundle: where require.js is present (classic Jupyter, nbconvert's HTML) it
        // registers an AMD module instead of window.Plotly. Hiding define/module/exports makes it global.
        return includePlotlyJs
            ? $"<script type=\"text/javascript\">(function (define, module, exports) {{\n{PlotlyScript.MinifiedJs}\n}})(undefined, undefined, undefined);</script>\n{html}"
            : html;
    }

    /// <summary>A complete standalone HTML page with plotly.js inlined, for saving figures.</summary>
    public static string Page(GenericChart chart, string title) =>
        $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title></head>\n<body>\n{Fragment(chart, includePlotlyJs: true)}\n</body></html>\n";

    [GeneratedRegex(@"\n(renderPlotly_[0-9a-f]+)\(\);")]
    private static partial Regex RenderCall();
}
