using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Analysis;
using SleepFM.Channels;
using SleepFM.IO.Edf;
using SleepFM.IO.Inspection;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>One channel of a <see cref="SignalViewer"/> window.</summary>
/// <param name="Label">Channel label.</param>
/// <param name="Unit">Unit of <paramref name="Samples"/> (µV, mV, %, …).</param>
/// <param name="SampleRateHz">Samples per second.</param>
/// <param name="Samples">The window's samples, the first at the window start.</param>
public sealed record SignalChannel(string Label, string Unit, double SampleRateHz, float[] Samples);

/// <summary>
/// A multichannel PSG viewer for one time window: a row per channel (own y scale and unit, shared time
/// axis, so zoom and pan move all rows), a hypnogram strip below, and events (apneas, arousals,
/// seizures…) shaded across every row. Samples are min/max-decimated to about one point pair per pixel,
/// so a whole night still draws quickly and spikes stay visible.
/// </summary>
public static class SignalViewer
{
    /// <summary>Reads only the window from an EDF/EDF+/BDF file and draws it.</summary>
    /// <param name="path">The recording.</param>
    /// <param name="startSeconds">Window start, seconds from the recording start.</param>
    /// <param name="durationSeconds">Window length, seconds (clipped to the recording).</param>
    /// <param name="channels">Labels or normalised names (e.g. "C4-M1", "ECG") to show, in this order; null = every signal.</param>
    /// <param name="stages">Sleep stages; null = the file's own stage annotations (EDF+ "Sleep stage W" …), if any.</param>
    /// <param name="widthPixels">Chart width; also the decimation target.</param>
    /// <exception cref="ArgumentException">A requested channel is not in the file, or the window is empty.</exception>
    public static GenericChart FromFile(string path, double startSeconds, double durationSeconds, IEnumerable<string>? channels = null,
        StageTimeline? stages = null, int widthPixels = 1100)
    {
        if (!(durationSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "must be > 0");
        using var recording = EdfFile.Open(path);
        var signals = recording.DataSignals;
        var selected = channels is null ? signals.ToList() : channels.Select(c => Find(signals, c, path)).ToList();
        if (selected.Count == 0) throw new ArgumentException($"{path} has no signal channel.", nameof(path));
        double end = Math.Min(startSeconds + durationSeconds, signals.Max(s => s.SampleCount / s.SampleRateHz));
        if (!(end > startSeconds)) throw new ArgumentException($"The window starts at {startSeconds} s, after the end of {path}.", nameof(startSeconds));
        var data = selected.Select(s =>
        {
            // Voltages are shown in µV whatever the file stores, so EEG/EOG/EMG rows are comparable.
            bool volts = s.ScaleToMicrovolts is not null;
            var samples = volts ? recording.ReadMicrovolts(s.Index, startSeconds, end - startSeconds) : recording.ReadPhysicalSingle(s.Index, startSeconds, end - startSeconds);
            return new SignalChannel(s.Label.Trim(), volts ? "µV" : s.PhysicalDimension.Trim(), s.SampleRateHz, samples);
        }).ToList();
        stages ??= StageTimeline.FromEdfAnnotations(recording.Annotations);
        var events = recording.Annotations.Where(a => !Datasets.SleepStages.TryParse(a.Text, out _))
            .Select(a => new AnnotationSummary(a.OnsetSeconds, a.DurationSeconds, a.Text));
        return Create(data, startSeconds, stages.IsEmpty ? null : stages, events, widthPixels,
            $"{Path.GetFileName(path)} · {HypnogramStrip.Seconds(startSeconds)}–{HypnogramStrip.Seconds(end)} s");
    }

    /// <summary>Draws already-read channels.</summary>
    /// <param name="channels">The window's channels, top to bottom.</param>
    /// <param name="startSeconds">Time of every channel's first sample.</param>
    /// <param name="stages">Sleep stages on the recording's clock, or null for no strip.</param>
    /// <param name="events">Annotations to shade (those overlapping the window); stage annotations are skipped.</param>
    /// <param name="widthPixels">Chart width; also the decimation target.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Create(IReadOnlyList<SignalChannel> channels, double startSeconds = 0, StageTimeline? stages = null,
        IEnumerable<AnnotationSummary>? events = null, int widthPixels = 1100, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0) throw new ArgumentException("No channel to draw.", nameof(channels));
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPixels, 100);
        double end = channels.Max(c => startSeconds + c.Samples.Length / c.SampleRateHz);
        var rows = new List<GenericChart>();
        foreach (var channel in channels)
        {
            var (t, v) = MinMaxDecimation.Decimate(channel.Samples, channel.SampleRateHz, startSeconds, widthPixels);
            rows.Add(CSharpChart.Line<double, float, string>(x: t, y: v, Name: channel.Label, ShowLegend: false, LineColor: Color.fromString("#1f4e79"),
                LineWidth: 0.8));
        }

        var inWindow = (events ?? []).Where(e => !Datasets.SleepStages.TryParse(e.Text, out _))
            .Where(e => e.OnsetSeconds < end && e.OnsetSeconds + (e.DurationSeconds ?? 0) >= startSeconds).ToList();
        if (stages is not null || inWindow.Count > 0)
        {
            var stripTraces = new List<GenericChart>();
            if (stages is not null) stripTraces.AddRange(HypnogramStrip.Traces(stages, startSeconds, end));
            foreach (var kind in inWindow.GroupBy(e => EventKind(e.Text)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                // Each event is a thick segment on the strip's "events" row: legend entry, colour and hover text.
                var x = new List<double>();
                var y = new List<string>();
                var text = new List<string>();
                foreach (var e in kind)
                {
                    double from = Math.Max(startSeconds, e.OnsetSeconds), to = Math.Min(end, e.OnsetSeconds + (e.DurationSeconds ?? 0));
                    x.AddRange([from, to, double.NaN]);
                    y.AddRange(["events", "events", "events"]);
                    var label = $"{e.Text} · {HypnogramStrip.Seconds(e.OnsetSeconds)} s, {HypnogramStrip.Seconds(e.DurationSeconds ?? 0)} s";
                    text.AddRange([label, label, ""]);
                }
                stripTraces.Add(CSharpChart.Line<double, string, string>(x: x, y: y, Name: kind.Key, ShowMarkers: true,
                    LineColor: Color.fromString(EventColour(kind.Key)), MarkerColor: Color.fromString(EventColour(kind.Key)), LineWidth: 6,
                    MultiText: Opt.Of<IEnumerable<string>>(text)));
            }
            if (stripTraces.Count == 0) stripTraces.Add(CSharpChart.Line<double, string, string>(x: [startSeconds], y: ["W"], ShowLegend: false));
            rows.Add(HypnogramStrip.StyleAxis(CSharpChart.Combine(stripTraces), withEvents: inWindow.Count > 0));
        }

        bool strip = rows.Count > channels.Count;
        // Channel names go left of each row, horizontally: rotated axis titles overlap once rows are thin.
        var labels = channels.Select((c, i) => LayoutExtras.Object(("text", $"<b>{Escape(c.Label)}</b><br>{Escape(c.Unit)}"),
            ("xref", "paper"), ("x", 0), ("xshift", -48), ("xanchor", "right"), ("yref", LayoutExtras.AxisName("y", i + 1) + " domain"), ("y", 0.5),
            ("yanchor", "middle"), ("showarrow", false), ("align", "right"), ("font", LayoutExtras.Object(("size", 11)))));
        var chart = CSharpChart.Grid(rows, rows.Count, 1, Pattern: StyleParam.LayoutGridPattern.Coupled)
            .WithRowHeights(channels.Select(_ => 1.0).Concat(strip ? [Math.Max(2.0, channels.Count / 4.0)] : []).ToList())
            .WithAnnotations(labels)
            .WithLayoutProperty("margin", LayoutExtras.Object(("l", 160), ("r", 40), ("t", 60), ("b", 50)))
            .WithXAxisStyle<double, double, string>(TitleText: "time (s)", MinMax: Tuple.Create(startSeconds, end))
            .WithShapes(inWindow.Select(e => LayoutExtras.Band(Math.Max(startSeconds, e.OnsetSeconds),
                Math.Min(end, e.OnsetSeconds + Math.Max(e.DurationSeconds ?? 0, 0.5)), EventColour(EventKind(e.Text)), 0.18)))
            .WithSize(widthPixels, 70 * channels.Count + (strip ? 170 : 0) + 120);
        return chart.WithTitle(title ?? $"{channels.Count} channels · {HypnogramStrip.Seconds(startSeconds)}–{HypnogramStrip.Seconds(end)} s");
    }

    /// <summary>Groups annotation texts into a few event kinds for colour and legend.</summary>
    public static string EventKind(string text)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("hypopnea", StringComparison.Ordinal)) return "hypopnea";
        if (t.Contains("apnea", StringComparison.Ordinal)) return "apnea";
        if (t.Contains("arousal", StringComparison.Ordinal)) return "arousal";
        if (t.Contains("desat", StringComparison.Ordinal)) return "desaturation";
        if (t.Contains("seiz", StringComparison.Ordinal)) return "seizure";
        return text.Trim();
    }

    static string EventColour(string kind) => kind switch
    {
        "apnea" => "#9467bd",
        "hypopnea" => "#c5b0d5",
        "arousal" => "#ff7f0e",
        "desaturation" => "#17becf",
        "seizure" => "#d62728",
        _ => "#7f7f7f",
    };

    static EdfSignal Find(IReadOnlyList<EdfSignal> signals, string wanted, string path)
    {
        var exact = signals.FirstOrDefault(s => string.Equals(s.Label.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var names = ChannelCatalog.Describe(signals.Select(s => s.Label));
        for (int i = 0; i < signals.Count; i++)
            if (string.Equals(names[i].Name, wanted.Trim(), StringComparison.OrdinalIgnoreCase)) return signals[i];
        throw new ArgumentException($"{path} has no channel '{wanted}'; it has {string.Join(", ", signals.Select(s => s.Label.Trim()))}.", nameof(wanted));
    }

    // Plotly's text is pseudo-HTML: only markup characters need escaping (entities for µ and the like are not all understood).
    static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
