using SleepFM.Datasets;
using SleepFM.IO.Edf;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Analysis;

/// <summary>
/// Sleep stages on a fixed epoch grid from time 0, with gaps (unscored epochs) as null. Built from a
/// stage list, a <see cref="Hypnogram"/>, or annotations such as EDF+'s <c>Sleep stage W</c>.
/// </summary>
/// <param name="EpochSeconds">Seconds per epoch, &gt; 0 (30 for AASM).</param>
/// <param name="Stages">One entry per epoch; null = unscored.</param>
public sealed record StageTimeline(double EpochSeconds, IReadOnlyList<SleepStage?> Stages)
{
    /// <summary>The epochs' stages as a timeline.</summary>
    public static StageTimeline FromHypnogram(Hypnogram hypnogram)
    {
        ArgumentNullException.ThrowIfNull(hypnogram);
        return new StageTimeline(hypnogram.EpochSeconds, hypnogram.Stages.Select(s => (SleepStage?)s).ToList());
    }

    /// <summary>
    /// Rasterises stage annotations (any spelling <see cref="SleepStages.TryParse"/> accepts) onto epochs:
    /// an annotation covers <c>round(duration / epoch)</c> epochs from its onset (one when it has no
    /// duration); other annotations (arousals, apneas) are ignored.
    /// </summary>
    /// <param name="annotations">(onset seconds, duration seconds or null, text).</param>
    /// <param name="epochSeconds">Epoch length.</param>
    public static StageTimeline FromAnnotations(IEnumerable<(double OnsetSeconds, double? DurationSeconds, string Text)> annotations, double epochSeconds = 30)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        if (!(epochSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(epochSeconds), epochSeconds, "must be > 0");
        var stages = new List<SleepStage?>();
        foreach (var (onset, duration, text) in annotations)
        {
            if (!SleepStages.TryParse(text, out int label)) continue;
            int first = (int)Math.Round(onset / epochSeconds);
            int count = Math.Max(1, (int)Math.Round((duration ?? epochSeconds) / epochSeconds));
            if (first < 0) continue;
            while (stages.Count < first + count) stages.Add(null);
            for (int e = first; e < first + count; e++) stages[e] = label < 0 ? null : (SleepStage)label;
        }
        return new StageTimeline(epochSeconds, stages);
    }

    /// <summary>The stage annotations of an EDF+ file (empty timeline when it has none).</summary>
    public static StageTimeline FromEdfAnnotations(IEnumerable<EdfAnnotation> annotations, double epochSeconds = 30) =>
        FromAnnotations(annotations.Select(a => (a.OnsetSeconds, a.DurationSeconds, a.Text)), epochSeconds);

    /// <summary>True when no epoch is scored.</summary>
    public bool IsEmpty => Stages.All(s => s is null);

    /// <summary>The stage of the epoch containing <paramref name="seconds"/>, or null (unscored or outside).</summary>
    public SleepStage? StageAt(double seconds)
    {
        int e = (int)Math.Floor(seconds / EpochSeconds);
        return e >= 0 && e < Stages.Count ? Stages[e] : null;
    }
}
