using System.Globalization;
using System.Net;
using System.Text;
using SleepFM.Evaluation.Ablation;
using SleepFM.Evaluation.Reporting;
using SleepFM.Interactive.Charts;
using SleepFM.IO;
using SleepFM.Reproduction;
using SleepFM.Tasks;

namespace SleepFM.Interactive.Reports;

/// <summary>
/// The one-page <c>report.html</c> of a reproduction: what ran, the results table beside the paper's numbers, the
/// fewest channels keeping 95%, the pretraining curve, and Figures 1–3 (interactive, plotly.js inlined once, offline).
/// </summary>
public static class ReportPage
{
    /// <summary>Writes <c>report.html</c> atomically and returns its path.</summary>
    /// <param name="reproduction">The reproduction whose files are reported.</param>
    /// <param name="stageSeconds">Wall time per stage, in run order (may be empty).</param>
    public static string Write(PaperReproduction reproduction, IReadOnlyList<(string Stage, double Seconds)> stageSeconds)
    {
        var html = Build(reproduction, stageSeconds);
        AtomicFile.WriteAllText(reproduction.Layout.Report, html);
        return reproduction.Layout.Report;
    }

    /// <summary>The page's HTML.</summary>
    public static string Build(PaperReproduction reproduction, IReadOnlyList<(string Stage, double Seconds)> stageSeconds)
    {
        var layout = reproduction.Layout;
        var inv = CultureInfo.InvariantCulture;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>SleepFM.Notebooks · reproduction report</title>\n<style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}")
            .Append(".banner{background:#fff4d6;border:1px solid #e0c060;padding:8px 12px}.muted{color:#777}</style></head><body>\n");
        page.Append("<h1>Pretraining on sleep data: reproduction report</h1>\n");
        if (layout.IsSynthetic)
            page.Append("<p class=\"banner\"><b>Synthetic data.</b> Every number below comes from the embedded synthetic world, not from the real corpora; ")
                .Append("it checks that the pipeline works end to end and is not a replication of the paper's results.</p>\n");
        page.Append("<table>")
            .Append(Row("preset", reproduction.Preset.Name)).Append(Row("data", layout.IsSynthetic ? "synthetic (data/)" : layout.Data))
            .Append(Row("fine-tuning seeds", reproduction.Seeds.Count.ToString(inv)))
            .Append(Row("ECG protocol", reproduction.EcgTrainsOnCode15 ? "fine-tuned on CODE-15%, scored on shared labels" : "each ECG set on its own splits"))
            .Append(Row("written", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", inv)));
        if (stageSeconds.Count > 0)
            page.Append(Row("wall time", string.Join(" · ", stageSeconds.Select(s => $"{s.Stage} {Duration(s.Seconds)}")) + $" · total {Duration(stageSeconds.Sum(s => s.Seconds))}"));
        page.Append("</table>\n");

        AppendResults(page, layout);
        AppendAblation(page, layout);
        AppendPretraining(page, layout);

        bool plotlyIncluded = false;
        foreach (var (name, chart) in ReproductionFigures.All(layout))
        {
            page.Append($"<h2>{Encode(name)}</h2>\n").Append(ChartHtml.Fragment(chart, includePlotlyJs: !plotlyIncluded)).Append('\n');
            plotlyIncluded = true;
        }
        page.Append("<h2>Files</h2>\n<ul>");
        foreach (var file in new[] { layout.ResultsCsv, layout.PredictionsCsv, layout.AblationCsv, layout.ClassCountsCsv })
            if (File.Exists(file)) page.Append($"<li><a href=\"{Encode(Path.GetFileName(file))}\">{Encode(Path.GetFileName(file))}</a></li>");
        page.Append("</ul>\n</body></html>\n");
        return page.ToString();
    }

    static void AppendResults(StringBuilder page, ReproductionLayout layout)
    {
        var summaries = ReproductionFigures.Summaries(layout);
        if (summaries.Count == 0) return;
        string[] series = ["Scratch", "PT", "PT+PE", "Frozen"];
        page.Append("<h2>Results (test split, mean ± std over seeds)</h2>\n<table><tr><th>task</th><th>metric</th>")
            .Append(string.Concat(series.Select(s => $"<th>{s}</th>"))).Append("<th>paper PT</th><th>paper best</th><th>quoted SOTA</th></tr>\n");
        foreach (var task in TaskCatalog.All.Where(t => summaries.Any(s => s.TaskId == t.Id)))
        {
            page.Append($"<tr><td>{Encode(task.Name)}</td><td>{Encode(task.HeadlineMetric)}</td>");
            foreach (var name in series)
            {
                var s = summaries.FirstOrDefault(m => m.TaskId == task.Id && m.Series == name);
                page.Append("<td>").Append(s is null ? "–" : Score(s)).Append("</td>");
            }
            var paper = PaperResults.Headline.Where(p => p.TaskId == task.Id).ToList();
            var pt = paper.FirstOrDefault(p => p.Series == "PT");
            var best = paper.Where(p => p.Series != "SOTA").MaxBy(p => p.Mean);
            var sota = paper.FirstOrDefault(p => p.Series == "SOTA");
            page.Append($"<td>{(pt is null ? "–" : Score(pt))}</td><td>{(best is null ? "–" : $"{Score(best)} ({best.Series})")}</td><td>{(sota is null ? "–" : Score(sota))}</td></tr>\n");
        }
        page.Append("</table>\n");
    }

    static void AppendAblation(StringBuilder page, ReproductionLayout layout)
    {
        if (!File.Exists(layout.AblationCsv)) return;
        var points = AblationCsv.ReadCurve(layout.AblationCsv);
        page.Append("<h2>Channel ablation: fewest channels keeping ≥ 95% of the full montage</h2>\n<table><tr><th>task</th><th>this run</th><th>paper</th></tr>\n");
        foreach (var task in points.GroupBy(p => p.TaskId))
        {
            var fewest = task.Where(p => p.ReachesThreshold).OrderBy(p => p.ChannelCount).FirstOrDefault();
            int total = task.First().TotalChannels;
            string ours = fewest is null ? "none" : $"{fewest.ChannelCount} of {total} ({100.0 * fewest.ChannelCount / total:0}%)";
            string paper = PaperResults.FewestChannelsFor95Percent.TryGetValue(task.Key, out var k) ? $"{k} of 19" : "–";
            page.Append($"<tr><td>{Encode(TaskCatalog.All.FirstOrDefault(t => t.Id == task.Key)?.Name ?? task.Key)}</td><td>{ours}</td><td>{paper}</td></tr>\n");
        }
        page.Append("</table>\n");
    }

    static void AppendPretraining(StringBuilder page, ReproductionLayout layout)
    {
        var history = Path.Combine(layout.Pretraining, "history.csv");
        if (!File.Exists(history)) return;
        var lines = File.ReadLines(history).Select((l, i) => (Text: l, Number: i + 1)).Where(l => l.Text.Length > 0).Select(l => Csv.Split(l.Text, history, l.Number)).ToList();
        if (lines.Count < 2) return;
        page.Append("<h2>Pretraining (held-out subjects)</h2>\n<table><tr>").Append(string.Concat(lines[0].Select(h => $"<th>{Encode(h.Replace('_', ' '))}</th>"))).Append("</tr>\n");
        foreach (var row in lines.Skip(1))
            page.Append("<tr>").Append(string.Concat(row.Select(v => $"<td>{Encode(Round(v))}</td>"))).Append("</tr>\n");
        page.Append("</table>\n");
    }

    static string Score(ScoreSummary s) => s.StandardDeviation is { } sd
        ? string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.000} ± {sd:0.000}")
        : s.Mean.ToString("0.000", CultureInfo.InvariantCulture);

    static string Round(string value) =>
        value.Contains('.') && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? (Math.Abs(v) < 1e-3 && v != 0 ? v.ToString("0.0e0", CultureInfo.InvariantCulture) : v.ToString("0.####", CultureInfo.InvariantCulture))
            : value;

    static string Duration(double seconds) => seconds < 90
        ? seconds.ToString("0", CultureInfo.InvariantCulture) + " s"
        : (seconds / 60).ToString("0.0", CultureInfo.InvariantCulture) + " min";

    static string Row(string name, string value) => $"<tr><th>{Encode(name)}</th><td>{Encode(value)}</td></tr>";

    static string Encode(string text) => WebUtility.HtmlEncode(text);
}
