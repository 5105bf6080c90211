using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// Places the night's arousals, body movements and periodic limb movements. These are the events that
/// move EEG, EMG, heart rate and breathing together within seconds, so two modalities of one clip agree
/// on <em>when</em> something happened, not only on the sleep stage.
/// <list type="bullet">
/// <item>Respiratory arousals: at the end of 80% of apneas and 50% of hypopneas (−1…+2 s), lasting 3–12 s.</item>
/// <item>Spontaneous arousals: a Poisson process with the subject's arousal index (≈ 9/h at 25 y rising to ≈ 20/h
/// at 80 y, log-normal spread), weighted by stage N1 1.2, N2 1.0, N3 0.3, REM 0.8 (fragile light sleep, robust
/// slow-wave sleep); 3–15 s.</item>
/// <item>Body movements: at the rate the epoch's <see cref="BrainState.MovementBurstsPerMinute"/> gives (mostly in
/// wake), 1–4 s of scalp, chin and leg muscle with a heart-rate surge.</item>
/// <item>Periodic limb movements: 10% of 25-year-olds rising to 50% of 80-year-olds have them (index 15–60/h),
/// in series of 4–20 movements every 20–35 s (±3 s), mostly in N1/N2, rare in N3 and REM; 30% end in an arousal.</item>
/// <item>The cyclic alternating pattern (CAP) of NREM sleep (Terzano et al., Sleep Med 2001): sequences of 2–10
/// cycles of 20–40 s, each opening with a 2–10-s A phase. The subject spends 20% (25 y) to 50% (80 y) of NREM in CAP,
/// more with sleep apnea. A1 phases (most in N3) are slow-wave bursts with a mild heart-rate rise and a slightly
/// deeper breath; A2 add alpha/beta; A3 phases (20% in N1 and N2, 5% in N3) are arousals. The autonomic response grows from A1 to A3.</item>
/// </list>
/// Every draw comes from the given stream; the respiratory part reuses the stream the night used before
/// these events existed, so which apneas end in an arousal did not change.
/// </summary>
public static class ArousalScheduler
{
    /// <summary>Relative spontaneous-arousal rate in a stage (0 in wake, where there is nothing to arouse from).</summary>
    /// <param name="stage">The stage.</param>
    public static double SpontaneousWeight(SleepStage stage) => stage switch
    {
        SleepStage.N1 => 1.2,
        SleepStage.N2 => 1.0,
        SleepStage.N3 => 0.3,
        SleepStage.Rem => 0.8,
        _ => 0,
    };

    /// <summary>Relative periodic-limb-movement rate in a stage (REM atonia suppresses them).</summary>
    /// <param name="stage">The stage.</param>
    public static double LimbMovementWeight(SleepStage stage) => stage switch
    {
        SleepStage.N1 or SleepStage.N2 => 1.0,
        SleepStage.N3 => 0.3,
        SleepStage.Rem => 0.1,
        _ => 0,
    };

    /// <summary>Schedules the events of one night.</summary>
    /// <param name="hypnogram">The night.</param>
    /// <param name="brain">Brain state per epoch (body-movement rates).</param>
    /// <param name="respiratoryEvents">The night's apneas and hypopneas.</param>
    /// <param name="subject">Age sets the arousal index and the chance of periodic limb movements.</param>
    /// <param name="random">The subject's arousal stream (<c>subjectRandom.Derive("arousals")</c>).</param>
    public static NightEvents Schedule(Hypnogram hypnogram, IReadOnlyList<BrainState> brain, IReadOnlyList<RespiratoryEvent> respiratoryEvents,
        SubjectProfile subject, SynthRandom random)
    {
        ArgumentNullException.ThrowIfNull(hypnogram);
        ArgumentNullException.ThrowIfNull(brain);
        ArgumentNullException.ThrowIfNull(respiratoryEvents);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        if (brain.Count != hypnogram.Stages.Count) throw new ArgumentException($"One brain state per epoch is required ({hypnogram.Stages.Count}); got {brain.Count}.", nameof(brain));
        double duration = hypnogram.DurationSeconds, epoch = hypnogram.EpochSeconds;
        var arousals = new List<Arousal>();

        // Respiratory arousals: same draws, in the same order, as the night used before (onset chance, offset).
        var respiratoryOnsets = respiratoryEvents.Where(e => random.Chance(e.Kind == RespiratoryEventKind.Hypopnea ? 0.5 : 0.8))
            .Select(e => e.EndSeconds + random.Uniform(-1, 2)).ToArray();
        var shape = random.Derive("respiratory-shape");
        foreach (double onset in respiratoryOnsets)
            arousals.Add(new Arousal(onset, shape.Uniform(3, 12), shape.Uniform(0.6, 1.3), ArousalCause.Respiratory));

        var traits = random.Derive("traits");
        double ageShare = Math.Clamp((subject.AgeYears - 25) / 55, 0, 1);
        double arousalIndex = (9 + 11 * ageShare) * Math.Exp(traits.Gaussian(0, 0.3));
        bool periodicLimbMovements = traits.Chance(0.1 + 0.4 * ageShare);
        double limbMovementIndex = traits.Uniform(15, 60);

        var spontaneous = random.Derive("spontaneous");
        var movement = random.Derive("body-movements");
        for (int k = 0; k < hypnogram.Stages.Count; k++)
        {
            double t0 = k * epoch;
            var stage = hypnogram.Stages[k];
            for (int i = spontaneous.Poisson(arousalIndex * SpontaneousWeight(stage) * epoch / 3600); i > 0; i--)
                arousals.Add(new Arousal(t0 + spontaneous.NextDouble() * epoch, spontaneous.Uniform(3, 15), spontaneous.Uniform(0.5, 1.2), ArousalCause.Spontaneous));
            for (int i = movement.Poisson(brain[k].MovementBurstsPerMinute * epoch / 60); i > 0; i--)
                arousals.Add(new Arousal(t0 + movement.NextDouble() * epoch, movement.Uniform(1, 4), movement.Uniform(0.5, 1.2), ArousalCause.BodyMovement,
                    25 * movement.Uniform(0.6, 1.5)));
        }

        var limbs = new List<LimbMovement>();
        if (periodicLimbMovements)
        {
            var plm = random.Derive("limb-movements");
            // Series of ~12 movements every ~27 s: one series per 12/index hours on average, less the series' own length.
            double meanGap = Math.Max(60, 3600 * 12 / limbMovementIndex - 12 * 27);
            double t = plm.Exponential(meanGap);
            while (t < duration - 60)
            {
                int count = 4 + plm.NextInt(17);
                double period = plm.Uniform(20, 35);
                for (int j = 0; j < count && t < duration - 10; j++, t += period)
                {
                    double onset = t + plm.Uniform(-3, 3);
                    if (onset < 0 || !plm.Chance(LimbMovementWeight(hypnogram.StageAt(onset)))) continue;
                    int side = plm.NextInt(4); // 0, 1: both legs; 2: left; 3: right
                    limbs.Add(new LimbMovement(onset, plm.Uniform(0.5, 5), 25 * plm.Uniform(0.6, 1.6), side != 3, side != 2));
                    if (plm.Chance(0.3))
                        arousals.Add(new Arousal(onset + plm.Uniform(0, 1), plm.Uniform(3, 8), plm.Uniform(0.4, 0.9), ArousalCause.LimbMovement));
                }
                t += plm.Exponential(meanGap);
            }
        }
        // Cyclic alternating pattern: sequences over NREM at the subject's CAP rate.
        double capRate = Math.Clamp((0.2 + 0.3 * ageShare + 0.004 * subject.ApneaHypopneaIndex) * Math.Exp(traits.Gaussian(0, 0.25)), 0.1, 0.7);
        var cap = random.Derive("cyclic-alternating-pattern");
        const double MeanSequenceSeconds = 6 * 30;
        double meanCapGap = MeanSequenceSeconds * (1 - capRate) / capRate;
        static bool Nrem(SleepStage s) => s is SleepStage.N1 or SleepStage.N2 or SleepStage.N3;
        for (double t = cap.Exponential(meanCapGap); t < duration - 10;)
        {
            if (!Nrem(hypnogram.StageAt(t))) { t += epoch; continue; }
            int cycles = 2 + cap.NextInt(9);
            for (int j = 0; j < cycles && t < duration - 10 && Nrem(hypnogram.StageAt(t)); j++)
            {
                var stage = hypnogram.StageAt(t);
                double u = cap.NextDouble();
                // A1 / A2 / A3 shares by stage: slow-wave bursts dominate deep sleep, arousals light sleep.
                var (a1, a2) = stage switch { SleepStage.N3 => (0.8, 0.95), SleepStage.N2 => (0.55, 0.8), _ => (0.45, 0.8) };
                double length = cap.Uniform(2, 10);
                var phase = u < a1 ? new Arousal(t, length, cap.Uniform(0.12, 0.2), ArousalCause.CyclicAlternatingPattern, SlowWaveUv: cap.Uniform(60, 110))
                    : u < a2 ? new Arousal(t, length, cap.Uniform(0.3, 0.5), ArousalCause.CyclicAlternatingPattern, SlowWaveUv: cap.Uniform(40, 70))
                    : new Arousal(t, cap.Uniform(3, 10), cap.Uniform(0.7, 1.0), ArousalCause.CyclicAlternatingPattern);
                arousals.Add(phase);
                t += cap.Uniform(20, 40);
            }
            t += cap.Exponential(meanCapGap);
        }

        var kept = arousals.Where(a => a.OnsetSeconds >= 0 && a.OnsetSeconds < duration).OrderBy(a => a.OnsetSeconds).ToList();
        return new NightEvents(kept, limbs);
    }
}
