using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>The clip-scale events of one night that several modalities share (see <see cref="ArousalScheduler"/>).</summary>
/// <param name="Arousals">Arousals and body movements, sorted by onset.</param>
/// <param name="LimbMovements">Periodic leg movements, sorted by onset.</param>
public sealed record NightEvents(IReadOnlyList<Arousal> Arousals, IReadOnlyList<LimbMovement> LimbMovements)
{
    /// <summary>
    /// Heart-rate surges: one per arousal (scaled by its intensity) and a smaller one (0.35) per leg
    /// movement without an arousal, since leg movements raise the heart rate even without a cortical
    /// arousal. Times are onsets; <see cref="HeartRhythm"/> places the peak ~5 s later.
    /// </summary>
    public (double[] TimesSeconds, double[] Scales) HeartRateSurges()
    {
        var surges = Arousals.Select(a => (a.OnsetSeconds, a.Intensity))
            .Concat(LimbMovements.Where(m => !Arousals.Any(a => a.Cause == ArousalCause.LimbMovement && Math.Abs(a.OnsetSeconds - m.OnsetSeconds) < 1.5))
                .Select(m => (m.OnsetSeconds, 0.35)))
            .OrderBy(x => x.Item1).ToArray();
        return (surges.Select(x => x.Item1).ToArray(), surges.Select(x => x.Item2).ToArray());
    }
}
