using System.Globalization;
using System.Net;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;

namespace SleepFM.Interactive.Formatters;

/// <summary>
/// Shows Deedle frames as compact HTML tables (Deedle has no notebook formatter; the default one
/// dumps the frame's internals as megabytes of HTML).
/// </summary>
public static class FrameFormatter
{
    /// <summary>Rows shown before the table is elided; the head and tail are shown around the gap.</summary>
    public const int MaxRows = 40;

    internal static void Register() =>
        Formatter.Register(typeof(Frame<,>), (obj, writer) => writer.Write(ToHtml(obj)), HtmlFormatter.MimeType);

    /// <summary>HTML table of any <c>Frame&lt;TRow, TColumn&gt;</c>; numbers use 4 significant digits.</summary>
    public static string ToHtml(object frame)
    {
        var type = frame.GetType();
        while (type is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Frame<,>)))
            type = type.BaseType;
        if (type is null) throw new ArgumentException($"Expected a Deedle Frame<,>, got {frame.GetType()}.", nameof(frame));
        var method = typeof(FrameFormatter).GetMethod(nameof(ToHtmlTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.GetGenericArguments());
        return (string)method.Invoke(null, [frame])!;
    }

    static string ToHtmlTyped<TRow, TColumn>(Frame<TRow, TColumn> frame)
    {
        var columns = frame.ColumnKeys.ToList();
        var rows = frame.RowKeys.ToList();
        var series = columns.Select(c => frame.GetColumn<object>(c)).ToList();
        var html = new System.Text.StringBuilder();
        html.Append("<table class=\"sleepfm-frame\"><thead><tr><th></th>");
        foreach (var c in columns) html.Append("<th>").Append(Encode(c)).Append("</th>");
        html.Append("</tr></thead><tbody>");

        IEnumerable<int?> shown = rows.Count <= MaxRows
            ? Enumerable.Range(0, rows.Count).Select(i => (int?)i)
            : Enumerable.Range(0, MaxRows / 2).Select(i => (int?)i)
                .Append(null)
                .Concat(Enumerable.Range(rows.Count - MaxRows / 2, MaxRows / 2).Select(i => (int?)i));
        foreach (var index in shown)
        {
            if (index is not int i)
            {
                html.Append($"<tr><td colspan=\"{columns.Count + 1}\" style=\"text-align:center\">… {rows.Count - MaxRows} more rows …</td></tr>");
                continue;
            }
            html.Append("<tr><th>").Append(Encode(rows[i])).Append("</th>");
            foreach (var s in series)
            {
                var value = s.TryGet(rows[i]);
                html.Append("<td>").Append(value.HasValue ? Encode(value.Value) : "<i>n/a</i>").Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append($"</tbody></table><div style=\"font-size:smaller\">{rows.Count} rows × {columns.Count} columns</div>");
        return html.ToString();
    }

    static string Encode(object? value) => WebUtility.HtmlEncode(value switch
    {
        null => "",
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        float f => f.ToString("G4", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    });
}
