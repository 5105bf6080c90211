using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Analysis;
using SleepFM.Training.Pretraining;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// A pretraining run's curves per epoch: training and held-out contrastive loss, and held-out
/// cross-modal retrieval top-1 / top-5 with their chance levels (a query ranks the true partner among
/// N candidates at random with probability 1/N, 5/N in the top five).
/// </summary>
public static class PretrainingCurves
{
    /// <summary>Loss and retrieval panels from the history records.</summary>
    /// <param name="history">One record per epoch (<see cref="PretrainingResult.History"/> or <see cref="PretrainingHistory.Read"/>).</param>
    /// <param name="retrievalCandidates">N, the held-out clips each query is ranked against; null takes it from the history's
    /// recorded chance level (1/N), and hides the chance lines when the history has none.</param>
    public static GenericChart Create(IReadOnlyList<EpochRecord> history, int? retrievalCandidates = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0) throw new ArgumentException("The history has no epoch yet.", nameof(history));
        if (retrievalCandidates is null && history[^1].RetrievalChanceTop1 is > 0 and var chance) retrievalCandidates = (int)Math.Round(1 / chance);
        if (retrievalCandidates is < 1) throw new ArgumentOutOfRangeException(nameof(retrievalCandidates), retrievalCandidates, "must be ≥ 1");
        var epochs = history.Select(r => r.Epoch + 1).ToList();
        var loss = CSharpChart.Combine(
        [
            CSharpChart.Line<int, double, string>(x: epochs, y: history.Select(r => r.TrainLoss), ShowMarkers: true, Name: "train loss", LineColor: Color.fromString("#1f77b4"), MarkerColor: Color.fromString("#1f77b4")),
            CSharpChart.Line<int, double, string>(x: epochs, y: history.Select(r => r.ValidationLoss), ShowMarkers: true, Name: "validation loss", LineColor: Color.fromString("#ff7f0e"), MarkerColor: Color.fromString("#ff7f0e")),
        ]).WithXAxisStyle<double, double, string>(TitleText: "epoch").WithYAxisStyle<double, double, string>(TitleText: "contrastive loss");

        var retrieval = new List<GenericChart>
        {
            CSharpChart.Line<int, double, string>(x: epochs, y: history.Select(r => r.RetrievalTop1), ShowMarkers: true, Name: "retrieval top-1", LineColor: Color.fromString("#2ca02c"), MarkerColor: Color.fromString("#2ca02c")),
            CSharpChart.Line<int, double, string>(x: epochs, y: history.Select(r => r.RetrievalTop5), ShowMarkers: true, Name: "retrieval top-5", LineColor: Color.fromString("#9467bd"), MarkerColor: Color.fromString("#9467bd")),
        };
        if (history.Any(r => double.IsFinite(r.NightRetrievalTop1)))
        {
            retrieval.Add(CSharpChart.Line<int, double, string>(x: epochs, y: history.Select(r => r.NightRetrievalTop1), ShowMarkers: true, Name: "top-1 within the night",
                LineColor: Color.fromString("#8c564b"), MarkerColor: Color.fromString("#8c564b")));
            if (double.IsFinite(history[^1].NightRetrievalChanceTop1))
                retrieval.Add(CSharpChart.Line<int, double, string>(x: [epochs[0], epochs[^1]], y: [history[^1].NightRetrievalChanceTop1, history[^1].NightRetrievalChanceTop1],
                    Name: "chance within the night", LineColor: Color.fromString("#8c564b"), LineDash: StyleParam.DrawingStyle.Dot));
        }
        if (retrievalCandidates is int n)
        {
            int[] span = [epochs[0], epochs[^1]];
            retrieval.Add(CSharpChart.Line<int, double, string>(x: span, y: [1.0 / n, 1.0 / n], Name: $"chance top-1 (1/{n})", LineColor: Color.fromString("#2ca02c"), LineDash: StyleParam.DrawingStyle.Dash));
            retrieval.Add(CSharpChart.Line<int, double, string>(x: span, y: [Math.Min(1, 5.0 / n), Math.Min(1, 5.0 / n)], Name: $"chance top-5 ({Math.Min(5, n)}/{n})", LineColor: Color.fromString("#9467bd"), LineDash: StyleParam.DrawingStyle.Dash));
        }
        var right = CSharpChart.Combine(retrieval).WithXAxisStyle<double, double, string>(TitleText: "epoch")
            .WithYAxisStyle<double, double, string>(TitleText: "held-out retrieval accuracy", MinMax: Tuple.Create(0.0, 1.0));
        return CSharpChart.Grid([loss, right], 1, 2, SubPlotTitles: Opt.Of<IEnumerable<string>>(["loss", "cross-modal retrieval"]), XGap: 0.2)
            .WithTitle($"Pretraining · {history.Count} epochs, step {history[^1].Step}")
            .WithSize(1000, 420);
    }

    /// <summary>Reads <c>history.csv</c> from a run folder and draws it.</summary>
    public static GenericChart FromRun(string runDirectory, int? retrievalCandidates = null) =>
        Create(PretrainingHistory.Read(runDirectory), retrievalCandidates);
}
