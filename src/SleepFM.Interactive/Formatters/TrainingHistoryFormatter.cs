using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using SleepFM.Interactive.Charts;
using SleepFM.Training.Pretraining;

namespace SleepFM.Interactive.Formatters;

/// <summary>Shows a pretraining history (<see cref="EpochRecord"/> list) as its curves and a table per epoch.</summary>
public static class TrainingHistoryFormatter
{
    internal static void Register() =>
        Formatter.Register<IEnumerable<EpochRecord>>((history, writer) =>
        {
            var list = history.ToList();
            writer.Write(ToHtml(list, chart => PlotlyChartFormatter.FragmentForCurrentKernel(chart)));
        }, HtmlFormatter.MimeType);

    /// <summary>The HTML: curves (when there is at least one epoch) above the table.</summary>
    /// <param name="history">Epoch records.</param>
    /// <param name="chartHtml">Renders the curves chart; null = a fragment with plotly.js inlined.</param>
    public static string ToHtml(IReadOnlyList<EpochRecord> history, Func<Plotly.NET.GenericChart, string>? chartHtml = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0) return "<div class=\"sleepfm-history\"><i>no epoch finished yet</i></div>";
        chartHtml ??= chart => ChartHtml.Fragment(chart, includePlotlyJs: true);
        var inv = CultureInfo.InvariantCulture;
        var rows = history.Select(r => (IReadOnlyList<string>)
        [
            Html.Encode(r.Epoch + 1), Html.Encode(r.Step), Html.Encode(r.TrainLoss), Html.Encode(r.ValidationLoss),
            Html.Encode(r.RetrievalTop1), Html.Encode(r.RetrievalTop5), Html.Encode(r.NightRetrievalTop1), Html.Encode(r.EffectiveRank),
            Html.Encode(Math.Exp(r.LogScale)),
            Html.Encode(r.LearningRate), Html.Encode(r.Seconds.ToString("0.0", inv)),
        ]);
        int best = Enumerable.Range(0, history.Count).Where(i => double.IsFinite(history[i].ValidationLoss))
            .OrderBy(i => history[i].ValidationLoss).DefaultIfEmpty(-1).First();
        return "<div class=\"sleepfm-history\">" + chartHtml(PretrainingCurves.Create(history)) +
               Html.Table("sleepfm-history-table", ["epoch", "step", "train loss", "validation loss", "top-1", "top-5", "top-1 within night", "effective rank", "scale e^t", "learning rate", "seconds"],
                   rows, i => i == best ? Html.HighlightStyle : null) +
               $"<div style=\"font-size:smaller\">{history.Count} epochs · lowest validation loss highlighted</div></div>";
    }
}
