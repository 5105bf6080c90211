using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using SleepFM.Evaluation.Ablation;

namespace SleepFM.Interactive.Formatters;

/// <summary>
/// Shows a channel-ablation sweep (<see cref="ChannelAblation.Result"/>) as its curve table: channels kept,
/// mean score with 95% CI, fraction of the full montage; rows keeping ≥ the threshold are highlighted and the
/// fewest such channels (the paper's headline) is marked.
/// </summary>
public static class AblationFormatter
{
    internal static void Register() =>
        Formatter.Register<ChannelAblation.Result>((result, writer) => writer.Write(ToHtml(result)), HtmlFormatter.MimeType);

    /// <summary>The HTML of a sweep.</summary>
    public static string ToHtml(ChannelAblation.Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        var curve = result.Curve.OrderBy(p => p.ChannelCount).ToList();
        var rows = curve.Select(p => (IReadOnlyList<string>)
        [
            Html.Encode($"{p.ChannelCount} of {p.TotalChannels}"), Html.Encode(p.Mean), Html.Encode($"{p.CiLower.ToString("G4", inv)} – {p.CiUpper.ToString("G4", inv)}"),
            Html.Encode(p.Subsets), Html.Encode((100 * p.FractionOfFull).ToString("0.0", inv) + "%"),
            p.ChannelCount == result.FewestChannels ? "<b>≥ threshold · fewest</b>" : p.ReachesThreshold ? "≥ threshold" : "",
        ]);
        string task = curve.FirstOrDefault()?.TaskId ?? "";
        string metric = result.Subsets.FirstOrDefault()?.Metric ?? "score";
        string headline = result.FewestChannels is { } k
            ? $"{k} channels ({(100 * result.FewestChannelsFraction!.Value).ToString("0", inv)}% of the montage) keep the threshold"
            : "no subset size keeps the threshold";
        return $"<div class=\"sleepfm-ablation\"><div style=\"font-family:sans-serif;font-size:13px\"><b>{Html.Encode(task)}</b> · {Html.Encode(metric)} · full montage {Html.Encode(result.FullMontageScore)} · {Html.Encode(headline)}</div>" +
               Html.Table("sleepfm-ablation-table", ["channels kept", "mean", "95% CI", "subsets", "of full", ""], rows,
                   i => curve[i].ReachesThreshold ? Html.HighlightStyle + (curve[i].ChannelCount == result.FewestChannels ? ";font-weight:bold" : "") : null) +
               "</div>";
    }
}
