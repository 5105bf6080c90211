namespace SleepFM.Synthetic.Sleep;

/// <summary>A sequence of scored epochs.</summary>
/// <param name="EpochSeconds">Seconds per epoch (30 for AASM scoring).</param>
/// <param name="Stages">One stage per epoch, in time order.</param>
public sealed record Hypnogram(double EpochSeconds, IReadOnlyList<SleepStage> Stages)
{
    /// <summary>Recording length covered, seconds.</summary>
    public double DurationSeconds => Stages.Count * EpochSeconds;

    /// <summary>Number of epochs of a stage.</summary>
    /// <param name="stage">The stage.</param>
    public int Count(SleepStage stage) => Stages.Count(s => s == stage);

    /// <summary>Share of epochs in a stage, 0–1.</summary>
    /// <param name="stage">The stage.</param>
    public double Fraction(SleepStage stage) => Stages.Count == 0 ? 0 : Count(stage) / (double)Stages.Count;

    /// <summary>The stage at a time (clamped to the record).</summary>
    /// <param name="seconds">Seconds from the start.</param>
    public SleepStage StageAt(double seconds) => Stages[Math.Clamp((int)Math.Floor(seconds / EpochSeconds), 0, Stages.Count - 1)];

    /// <summary>Consecutive runs of one stage as (first epoch, epoch count, stage), for annotations.</summary>
    public IEnumerable<(int FirstEpoch, int EpochCount, SleepStage Stage)> Runs()
    {
        int start = 0;
        for (int i = 1; i <= Stages.Count; i++)
            if (i == Stages.Count || Stages[i] != Stages[start])
            {
                yield return (start, i - start, Stages[start]);
                start = i;
            }
    }
}
