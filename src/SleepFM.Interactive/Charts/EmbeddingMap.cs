using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Analysis;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>What colours the points of an <see cref="EmbeddingMap"/>.</summary>
public enum EmbeddingColouring
{
    /// <summary>Majority sleep stage of the clip (W, N1, N2, N3, REM, unscored).</summary>
    Stage,
    /// <summary>The modality the embedding came from (BAS, ECG, RESP, EMG).</summary>
    Modality,
    /// <summary>The subject.</summary>
    Subject,
}

/// <summary>
/// Clip embeddings projected to 2-D with PCA (<see cref="Pca"/>: exact, deterministic signs), coloured by
/// sleep stage, modality or subject, with each point's clip, recording and stage on hover.
/// </summary>
public static class EmbeddingMap
{
    static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>Modality colours, fixed.</summary>
    public static IReadOnlyDictionary<string, string> ModalityColours { get; } = new Dictionary<string, string>
    {
        ["BAS"] = "#1f77b4", ["ECG"] = "#d62728", ["RESP"] = "#2ca02c", ["EMG"] = "#9467bd",
    };

    /// <summary>Projects and draws the embeddings.</summary>
    /// <param name="embeddings">From <see cref="ClipEmbeddings.Compute"/>; at least two.</param>
    /// <param name="colouring">Grouping of the points.</param>
    /// <param name="title">Chart title; null for a default.</param>
    public static GenericChart Create(IReadOnlyList<ClipEmbedding> embeddings, EmbeddingColouring colouring = EmbeddingColouring.Stage, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var pca = Pca.Fit(embeddings.Select(e => e.Vector).ToList(), 2);
        string Group(ClipEmbedding e) => colouring switch
        {
            EmbeddingColouring.Stage => e.Stage ?? "unscored",
            EmbeddingColouring.Modality => e.Modality,
            _ => e.SubjectId,
        };
        var groups = embeddings.Select((e, i) => (e, i)).GroupBy(p => Group(p.e)).ToList();
        var ordered = colouring == EmbeddingColouring.Stage
            ? groups.OrderBy(g => SleepStageColours.Names.ToList().IndexOf(g.Key) is var k and >= 0 ? k : 99).ToList()
            : groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var traces = ordered.Select((g, n) => CSharpChart.Point<double, double, string>(
            x: g.Select(p => pca.Scores[p.i][0]), y: g.Select(p => pca.Scores[p.i][1]), Name: $"{g.Key} ({g.Count()})",
            MarkerColor: Color.fromString(ColourOf(colouring, g.Key, n)), Opacity: 0.75,
            MultiText: Opt.Of<IEnumerable<string>>(g.Select(p => Hover(p.e)).ToList())));
        string Axis(int c) => $"PC{c + 1} ({100 * pca.ExplainedVarianceRatio[c]:0.0}% of variance)";
        return CSharpChart.Combine(traces)
            .WithXAxisStyle<double, double, string>(TitleText: Axis(0))
            .WithYAxisStyle<double, double, string>(TitleText: Axis(1))
            .WithTitle(title ?? $"Clip embeddings (PCA) by {colouring.ToString().ToLowerInvariant()} · {embeddings.Count} points")
            .WithSize(760, 600);
    }

    static string ColourOf(EmbeddingColouring colouring, string key, int n) => colouring switch
    {
        EmbeddingColouring.Stage => SleepStageColours.Of(key),
        EmbeddingColouring.Modality when ModalityColours.TryGetValue(key, out var c) => c,
        _ => Palette[n % Palette.Length],
    };

    static string Hover(ClipEmbedding e) => string.Create(CultureInfo.InvariantCulture,
        $"clip {e.WindowId} · {e.RecordingId} · subject {e.SubjectId} · {e.Modality} · stage {e.Stage ?? "unscored"}");
}
