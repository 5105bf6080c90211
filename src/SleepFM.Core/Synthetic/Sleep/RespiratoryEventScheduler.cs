using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// Places apneas and hypopneas over a hypnogram as an inhomogeneous Poisson process (thinning): the
/// subject's AHI per hour of sleep, with stage weights N1 1.3, N2 1.0, N3 0.3, REM 1.8 (events cluster
/// in light and REM sleep and are rare in slow-wave sleep), never in wake, and at least 14 s between
/// one event's end and the next onset (the recovery breaths).
/// </summary>
public static class RespiratoryEventScheduler
{
    /// <summary>Relative event rate in a stage (0 in wake).</summary>
    /// <param name="stage">The stage.</param>
    public static double StageWeight(SleepStage stage) => stage switch
    {
        SleepStage.N1 => 1.3,
        SleepStage.N2 => 1.0,
        SleepStage.N3 => 0.3,
        SleepStage.Rem => 1.8,
        _ => 0,
    };

    /// <summary>Schedules the events of one night.</summary>
    /// <param name="hypnogram">The night.</param>
    /// <param name="subject">Its AHI and central-apnea share are used.</param>
    /// <param name="random">The stream to draw from.</param>
    /// <returns>Events sorted by onset, each inside sleep and ending ≥ 40 s before the record ends (so its desaturation is recorded).</returns>
    public static IReadOnlyList<RespiratoryEvent> Schedule(Hypnogram hypnogram, SubjectProfile subject, SynthRandom random)
    {
        ArgumentNullException.ThrowIfNull(hypnogram);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        var sleepEpochs = hypnogram.Stages.Where(s => s != SleepStage.Wake).ToList();
        var events = new List<RespiratoryEvent>();
        if (sleepEpochs.Count == 0 || subject.ApneaHypopneaIndex <= 0) return events;
        double meanWeight = sleepEpochs.Average(StageWeight);
        double perSecond = subject.ApneaHypopneaIndex / 3600 / meanWeight;
        double maxRate = perSecond * 1.8;
        double duration = hypnogram.DurationSeconds, t = 0;
        while (true)
        {
            t += random.Exponential(1 / maxRate);
            if (t >= duration - 80) break;
            var stage = hypnogram.StageAt(t);
            if (!random.Chance(perSecond * StageWeight(stage) / maxRate)) continue;
            RespiratoryEventKind kind;
            if (random.Chance(0.4)) kind = RespiratoryEventKind.Hypopnea;
            else kind = random.Chance(subject.CentralApneaFraction) ? RespiratoryEventKind.CentralApnea : RespiratoryEventKind.ObstructiveApnea;
            double length = kind switch
            {
                RespiratoryEventKind.ObstructiveApnea => random.Uniform(12, 35),
                RespiratoryEventKind.CentralApnea => random.Uniform(10, 25),
                _ => random.Uniform(12, 35),
            } * (stage == SleepStage.Rem ? 1.2 : 1);
            if (t + length >= duration - 40 || hypnogram.StageAt(t + length) == SleepStage.Wake) continue;
            events.Add(new RespiratoryEvent(kind, Math.Round(t, 2), Math.Round(length, 2)));
            t += length + 14;
        }
        return events;
    }
}
