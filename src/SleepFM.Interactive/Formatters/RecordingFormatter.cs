using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using SleepFM.Analysis;
using SleepFM.IO.Edf;
using SleepFM.IO.Inspection;

namespace SleepFM.Interactive.Formatters;

/// <summary>
/// Shows a <see cref="RecordingSummary"/> (<c>RecordingInspector.Inspect</c>) as header facts, a channel table
/// (modality, position, rate, unit) and, for EDF/BDF files, a sparkline of each channel's first seconds.
/// </summary>
public static class RecordingFormatter
{
    /// <summary>Seconds of signal in the preview sparklines.</summary>
    public const double PreviewSeconds = 10;

    internal static void Register() =>
        Formatter.Register<RecordingSummary>((summary, writer) => writer.Write(ToHtml(summary)), HtmlFormatter.MimeType);

    /// <summary>The HTML of a summary.</summary>
    /// <param name="summary">The inspected recording.</param>
    /// <param name="withPreview">Read the first <see cref="PreviewSeconds"/> s of each channel from the file for sparklines (EDF/BDF only).</param>
    public static string ToHtml(RecordingSummary summary, bool withPreview = true)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var inv = CultureInfo.InvariantCulture;
        var facts = new List<(string, string)>
        {
            ("file", Path.GetFileName(summary.Path)),
            ("format", summary.Format),
            ("start", summary.StartTime?.ToString("yyyy-MM-dd HH:mm:ss", inv) ?? "not recorded"),
            ("duration", $"{TimeSpan.FromSeconds(Math.Round(summary.DurationSeconds)):c} ({summary.DurationSeconds.ToString("0.###", inv)} s)"),
            ("channels", summary.Channels.Count.ToString(inv)),
            ("annotations", summary.AnnotationCount.ToString(inv)),
        };
        if (summary.RecordCount is { } records) facts.Add(("records", records.ToString(inv) + (summary.RecordDurationSeconds is { } d ? $" × {d.ToString("0.###", inv)} s" : "")));
        foreach (var (key, value) in summary.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)) facts.Add((key, value));

        var previews = withPreview ? Preview(summary) : null;
        bool stats = summary.Channels.Any(c => c.Mean is not null);
        var headers = new List<string> { "#", "label", "name", "modality", "position (x, y, z)", "rate (Hz)", "unit", "samples" };
        if (stats) headers.AddRange(["mean", "std"]);
        if (previews is not null) headers.Add($"first {PreviewSeconds.ToString(inv)} s");
        var rows = summary.Channels.Select(c =>
        {
            var row = new List<string>
            {
                Html.Encode(c.Index), Html.Encode(c.Label), Html.Encode(c.Name), $"<span title=\"{Html.Encode(c.ModalityReason)}\">{Html.Encode(c.Modality)}</span>",
                c.Position is { } p ? Html.Encode(string.Create(inv, $"{p.X:0.000}, {p.Y:0.000}, {p.Z:0.000}")) : "—",
                Html.Encode(c.SampleRateHz), Html.Encode(c.Unit), Html.Encode(c.SampleCount),
            };
            if (stats) row.AddRange([Html.Encode(c.Mean), Html.Encode(c.StandardDeviation)]);
            if (previews is not null) row.Add(previews.TryGetValue(c.Index, out var svg) ? svg : "");
            return (IReadOnlyList<string>)row;
        });

        var html = new System.Text.StringBuilder("<div class=\"sleepfm-recording\">");
        html.Append(Html.Facts(facts));
        html.Append("<div style=\"margin-top:6px\">").Append(Html.Table("sleepfm-channels", headers, rows)).Append("</div>");
        if (summary.FirstAnnotations.Count > 0)
        {
            html.Append($"<div style=\"margin-top:6px;font-size:12px\"><b>first {summary.FirstAnnotations.Count} of {summary.AnnotationCount} annotations:</b> ");
            html.Append(string.Join("; ", summary.FirstAnnotations.Select(a =>
                Html.Encode($"{a.OnsetSeconds.ToString("0.###", inv)} s{(a.DurationSeconds is { } d ? $" (+{d.ToString("0.###", inv)} s)" : "")} {a.Text}"))));
            html.Append("</div>");
        }
        if (summary.Warnings.Count > 0)
            html.Append("<div style=\"margin-top:6px;font-size:12px;color:#b35900\"><b>warnings:</b><ul>")
                .Append(string.Concat(summary.Warnings.Select(w => $"<li>{Html.Encode(w)}</li>"))).Append("</ul></div>");
        return html.Append("</div>").ToString();
    }

    // Sparklines of the first seconds, decimated to the sparkline's width; null when the file cannot be read as EDF/BDF.
    static Dictionary<int, string>? Preview(RecordingSummary summary)
    {
        if (!summary.Format.StartsWith("EDF", StringComparison.Ordinal) && !summary.Format.StartsWith("BDF", StringComparison.Ordinal)) return null;
        if (!File.Exists(summary.Path)) return null;
        try
        {
            using var recording = EdfFile.Open(summary.Path);
            var result = new Dictionary<int, string>();
            var signals = recording.DataSignals;
            for (int i = 0; i < signals.Count; i++)
            {
                double seconds = Math.Min(PreviewSeconds, signals[i].SampleCount / signals[i].SampleRateHz);
                if (!(seconds > 0)) continue;
                var samples = recording.ReadPhysicalSingle(signals[i].Index, 0, seconds);
                var (_, values) = MinMaxDecimation.Decimate(samples, signals[i].SampleRateHz, 0, 110);
                result[i] = Html.Sparkline(values);
            }
            return result;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return null;
        }
    }
}
