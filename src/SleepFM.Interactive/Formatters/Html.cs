using System.Globalization;
using System.Net;
using System.Text;

namespace SleepFM.Interactive.Formatters;

/// <summary>Small HTML building blocks shared by the formatters (inline styles: saved notebooks render them offline).</summary>
static class Html
{
    public const string TableStyle = "border-collapse:collapse;font-size:12px;font-family:sans-serif";
    public const string CellStyle = "padding:2px 8px;border-bottom:1px solid #e0e0e0;text-align:left";
    public const string HighlightStyle = "background:#fff3b0";

    public static string Encode(object? value) => WebUtility.HtmlEncode(value switch
    {
        null => "",
        double d when double.IsNaN(d) => "n/a",
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        float f => f.ToString("G4", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    });

    /// <summary>A table; <paramref name="rowStyle"/> may give a row an extra style (e.g. the highlight).</summary>
    public static string Table(string cssClass, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rowsOfHtml, Func<int, string?>? rowStyle = null)
    {
        var html = new StringBuilder();
        html.Append($"<table class=\"{cssClass}\" style=\"{TableStyle}\"><thead><tr>");
        foreach (var h in headers) html.Append($"<th style=\"{CellStyle};border-bottom:2px solid #999\">").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        int i = 0;
        foreach (var row in rowsOfHtml)
        {
            var style = rowStyle?.Invoke(i++);
            html.Append(style is null ? "<tr>" : $"<tr class=\"highlight\" style=\"{style}\">");
            foreach (var cell in row) html.Append($"<td style=\"{CellStyle}\">").Append(cell).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A compact definition list: label → value, one per line.</summary>
    public static string Facts(IEnumerable<(string Label, string Value)> facts)
    {
        var html = new StringBuilder($"<table class=\"sleepfm-facts\" style=\"{TableStyle}\">");
        foreach (var (label, value) in facts)
            html.Append($"<tr><th style=\"{CellStyle};color:#555\">").Append(WebUtility.HtmlEncode(label)).Append($"</th><td style=\"{CellStyle}\">")
                .Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
        return html.Append("</table>").ToString();
    }

    /// <summary>A horizontal bar (share of a maximum) for table cells.</summary>
    public static string Bar(double fraction, string colour = "#1f77b4") =>
        $"<div style=\"width:120px;height:8px;background:#eee\"><div style=\"width:{(100 * Math.Clamp(fraction, 0, 1)).ToString("0.#", CultureInfo.InvariantCulture)}%;height:100%;background:{colour}\"></div></div>";

    /// <summary>An inline SVG sparkline of the values (min/max scaled to the box).</summary>
    public static string Sparkline(IReadOnlyList<float> values, int width = 220, int height = 28)
    {
        if (values.Count < 2) return "";
        float lo = values.Min(), hi = values.Max();
        double span = hi > lo ? hi - lo : 1;
        var points = new StringBuilder();
        for (int i = 0; i < values.Count; i++)
        {
            double x = (double)i * (width - 2) / (values.Count - 1) + 1, y = height - 1 - (values[i] - lo) / span * (height - 2);
            points.Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ');
        }
        return $"<svg class=\"sparkline\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1\" points=\"{points.ToString().TrimEnd()}\"/></svg>";
    }
}
