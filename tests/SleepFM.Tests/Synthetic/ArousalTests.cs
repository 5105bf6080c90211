using SleepFM.Synthetic;
using SleepFM.Synthetic.Analysis;
using SleepFM.Synthetic.Physiology;
using SleepFM.Synthetic.Sleep;
using Xunit.Abstractions;

namespace SleepFM.Tests.Synthetic;

/// <summary>
/// Arousals, body movements and leg movements appear in every modality at the same seconds: the clip-scale
/// structure contrastive pretraining can match across modalities. Measured on the rendered signals, a few
/// seconds after onset against a few seconds before.
/// </summary>
public sealed class ArousalTests(SynthNights nights, ITestOutputHelper output) : IClassFixture<SynthNights>
{
    static double Rms(SyntheticRecording night, string label, double fromSeconds, double toSeconds)
    {
        var s = night.Signal(label);
        int rate = s.Channel.SampleRateHz;
        int first = (int)(fromSeconds * rate), last = Math.Min(s.Samples.Length, (int)(toSeconds * rate));
        double sum = 0;
        for (int i = first; i < last; i++) sum += s.Samples[i] * (double)s.Samples[i];
        return Math.Sqrt(sum / Math.Max(1, last - first));
    }

    static double BandPower(SyntheticRecording night, string label, double fromSeconds, double seconds, double lowHz, double highHz)
    {
        var s = night.Signal(label);
        int rate = s.Channel.SampleRateHz;
        int n = (int)(seconds * rate), segment = 8;
        while (segment * 2 <= Math.Min(n, rate)) segment *= 2;
        return Welch.Compute(s.Samples.AsSpan((int)(fromSeconds * rate), n), rate, segment).BandPower(lowHz, highHz);
    }

    static double HeartRate(SyntheticRecording night, double fromSeconds, double toSeconds)
    {
        var beats = night.BeatTimesSeconds.Where(t => t >= fromSeconds && t < toSeconds).ToArray();
        return beats.Length < 2 ? double.NaN : 60 * (beats.Length - 1) / (beats[^1] - beats[0]);
    }

    /// <summary>Isolated sleep arousals (no other arousal within 20 s, away from the record's edges).</summary>
    IEnumerable<(SyntheticRecording Night, Arousal Arousal)> Isolated(Func<Arousal, bool> which) =>
        nights.Clinical.SelectMany(n => n.Arousals.Where(a => which(a) && a.OnsetSeconds > 30 && a.OnsetSeconds < n.DurationSeconds - 30
                && n.Arousals.All(b => b == a || Math.Abs(b.OnsetSeconds - a.OnsetSeconds) > 20))
            .Select(a => (n, a)));

    [Fact]
    public void Every_night_has_arousals_at_a_plausible_rate_and_respiratory_ones_follow_an_event_end()
    {
        foreach (var night in nights.Clinical)
        {
            double sleepHours = night.Hypnogram.Stages.Count(s => s != SleepStage.Wake) * night.Hypnogram.EpochSeconds / 3600;
            double index = night.Arousals.Count(a => a.IsScoredArousal) / sleepHours;
            output.WriteLine($"{night.Subject.SubjectId}: age {night.Subject.AgeYears:F0}, arousal index {index:F1}/h, " +
                             $"{night.LimbMovements.Count} leg movements, {night.Arousals.Count(a => a.Cause == ArousalCause.BodyMovement)} body movements");
            // AHI 20 with most events ending in an arousal, plus 9–20 spontaneous per hour and CAP A3 phases.
            Assert.InRange(index, 15, 90);
            foreach (var a in night.Arousals.Where(a => a.Cause == ArousalCause.Respiratory))
                Assert.Contains(night.RespiratoryEvents, e => a.OnsetSeconds - e.EndSeconds is >= -1 and <= 2);
            Assert.Contains(night.Annotations, x => x.Text == "Arousal");
        }
    }

    [Fact]
    public void An_arousal_raises_chin_EMG_heart_rate_occipital_alpha_and_breathing_depth_in_the_same_seconds()
    {
        var arousals = Isolated(a => a.Cause is ArousalCause.Spontaneous or ArousalCause.Respiratory && a.DurationSeconds >= 4).ToList();
        Assert.True(arousals.Count >= 20, $"{arousals.Count} isolated arousals");
        double Ratio(Func<SyntheticRecording, Arousal, double> after, Func<SyntheticRecording, Arousal, double> before) =>
            Math.Exp(arousals.Select(x => Math.Log(after(x.Night, x.Arousal) / before(x.Night, x.Arousal))).Where(double.IsFinite).Average());

        double emg = Ratio((n, a) => Rms(n, "Chin1-Chin2", a.OnsetSeconds + 0.5, a.OnsetSeconds + 2.5), (n, a) => Rms(n, "Chin1-Chin2", a.OnsetSeconds - 8, a.OnsetSeconds - 2));
        double alpha = Ratio((n, a) => BandPower(n, "O2-M1", a.OnsetSeconds + 0.5, 3, 8, 12), (n, a) => BandPower(n, "O2-M1", a.OnsetSeconds - 6, 3, 8, 12));
        double beta = Ratio((n, a) => BandPower(n, "F4-M1", a.OnsetSeconds + 0.5, 3, 17, 25), (n, a) => BandPower(n, "F4-M1", a.OnsetSeconds - 6, 3, 17, 25));
        double heart = arousals.Select(x => HeartRate(x.Night, x.Arousal.OnsetSeconds + 3, x.Arousal.OnsetSeconds + 8)
                                           - HeartRate(x.Night, x.Arousal.OnsetSeconds - 12, x.Arousal.OnsetSeconds - 2)).Where(double.IsFinite).Average();
        // Spontaneous arousals only: respiratory ones sit in the recovery breaths, which are deep anyway.
        var spontaneous = arousals.Where(x => x.Arousal.Cause == ArousalCause.Spontaneous).ToList();
        double chest = Math.Exp(spontaneous.Select(x => Math.Log(Rms(x.Night, "Chest", x.Arousal.OnsetSeconds + 1, x.Arousal.OnsetSeconds + 7)
                                                                 / Rms(x.Night, "Chest", x.Arousal.OnsetSeconds - 12, x.Arousal.OnsetSeconds - 2))).Average());
        output.WriteLine($"{arousals.Count} arousals: chin EMG ×{emg:F2}, O2 alpha ×{alpha:F2}, F4 beta ×{beta:F2}, HR {heart:+0.0;-0.0} bpm; " +
                         $"{spontaneous.Count} spontaneous: chest belt ×{chest:F2}");
        Assert.True(emg > 1.5, $"chin EMG ×{emg:F2}");
        Assert.True(alpha > 1.5, $"alpha ×{alpha:F2}");
        Assert.True(beta > 1.5, $"beta ×{beta:F2}");
        Assert.True(heart > 5, $"HR {heart:F1} bpm");
        Assert.True(chest > 1.2, $"chest ×{chest:F2}");
    }

    [Fact]
    public void CAP_A_phases_recur_every_20_to_40_s_in_NREM_and_A1_phases_are_slow_wave_bursts_with_a_heart_rate_rise()
    {
        var phases = nights.Clinical.SelectMany(n => n.Arousals.Where(a => a.Cause == ArousalCause.CyclicAlternatingPattern).Select(a => (Night: n, Phase: a))).ToList();
        Assert.NotEmpty(phases);
        Assert.All(phases, x => Assert.Contains(x.Night.Hypnogram.StageAt(x.Phase.OnsetSeconds), new[] { SleepStage.N1, SleepStage.N2, SleepStage.N3 }));
        foreach (var night in nights.Clinical)
        {
            var onsets = night.Arousals.Where(a => a.Cause == ArousalCause.CyclicAlternatingPattern).Select(a => a.OnsetSeconds).ToList();
            var gaps = onsets.Zip(onsets.Skip(1), (a, b) => b - a).ToList();
            // Within a sequence consecutive A phases are 20–40 s apart; longer gaps separate sequences.
            Assert.All(gaps, g => Assert.True(g >= 20, $"gap {g:F1} s"));
            Assert.Contains(gaps, g => g <= 40);
        }

        var a1 = phases.Where(x => x.Phase.SlowWaveUv >= 60 && x.Phase.OnsetSeconds > 30 && x.Phase.OnsetSeconds < x.Night.DurationSeconds - 30
                                   && x.Night.Hypnogram.StageAt(x.Phase.OnsetSeconds) == SleepStage.N2
                                   && x.Night.Arousals.All(b => b == x.Phase || Math.Abs(b.OnsetSeconds - x.Phase.OnsetSeconds) > 15)).ToList();
        Assert.True(a1.Count >= 10, $"{a1.Count} A1 phases in N2");
        double delta = Math.Exp(a1.Select(x => Math.Log(BandPower(x.Night, "F4-M1", x.Phase.OnsetSeconds, 2, 0.5, 2.5)
                                                        / BandPower(x.Night, "F4-M1", x.Phase.OnsetSeconds - 6, 2, 0.5, 2.5))).Average());
        double heart = a1.Select(x => HeartRate(x.Night, x.Phase.OnsetSeconds + 3, x.Phase.OnsetSeconds + 8)
                                      - HeartRate(x.Night, x.Phase.OnsetSeconds - 12, x.Phase.OnsetSeconds - 2)).Where(double.IsFinite).Average();
        output.WriteLine($"{phases.Count} CAP A phases; {a1.Count} isolated A1 in N2: F4 0.5–2.5 Hz ×{delta:F2}, HR {heart:+0.0;-0.0} bpm");
        Assert.True(delta > 1.5, $"delta ×{delta:F2}");
        Assert.True(heart > 1.0, $"HR {heart:F1} bpm");
    }

    [Fact]
    public void A_body_movement_hits_scalp_high_frequencies_chin_and_legs_together()
    {
        var moves = Isolated(a => a.Cause == ArousalCause.BodyMovement && a.DurationSeconds >= 1.5).ToList();
        Assert.True(moves.Count >= 5, $"{moves.Count} body movements");
        double Ratio(string label, Func<SyntheticRecording, string, double, double> measure) =>
            Math.Exp(moves.Select(x => Math.Log(measure(x.Night, label, x.Arousal.OnsetSeconds + 0.3) / measure(x.Night, label, x.Arousal.OnsetSeconds - 6))).Average());
        double Window(SyntheticRecording n, string label, double from) => Rms(n, label, from, from + 1);
        double HighBand(SyntheticRecording n, string label, double from) => BandPower(n, label, from, 1, 30, 60);
        double scalp = Ratio("F3-M2", HighBand), chin = Ratio("Chin1-Chin2", Window), left = Ratio("LLeg", Window), right = Ratio("RLeg", Window);
        output.WriteLine($"{moves.Count} movements: F3 30–60 Hz ×{scalp:F1}, chin ×{chin:F1}, legs ×{left:F1}/×{right:F1}");
        Assert.True(scalp > 2 && chin > 2 && left > 2 && right > 2);
    }

    [Fact]
    public void Periodic_leg_movements_come_in_series_every_20_to_35_s_in_sleep_and_raise_leg_EMG()
    {
        var hypnogram = HypnogramGenerator.Generate(6 * 3600, 70, new SynthRandom(5).Derive("hypnogram"), 30, 8);
        int withMovements = 0;
        var intervals = new List<double>();
        for (int i = 0; i < 40; i++)
        {
            var random = new SynthRandom(100 + i);
            var subject = SubjectProfile.Draw($"plm-{i}", random.Derive("profile"), 75, 80) with { ApneaHypopneaIndex = 5 };
            var brain = hypnogram.Stages.Select(s => StagePhysiology.TypicalBrain(s)).ToArray();
            var events = ArousalScheduler.Schedule(hypnogram, brain, [], subject, random.Derive("arousals"));
            if (events.LimbMovements.Count == 0) continue;
            withMovements++;
            Assert.All(events.LimbMovements, m => Assert.NotEqual(SleepStage.Wake, hypnogram.StageAt(m.OnsetSeconds)));
            Assert.All(events.LimbMovements, m => Assert.True(m.Left || m.Right));
            intervals.AddRange(events.LimbMovements.Zip(events.LimbMovements.Skip(1), (a, b) => b.OnsetSeconds - a.OnsetSeconds).Where(d => d < 60));
        }
        output.WriteLine($"{withMovements}/40 subjects aged 75–80 with periodic leg movements; median interval {intervals.Order().ElementAt(intervals.Count / 2):F1} s");
        Assert.InRange(withMovements, 10, 30);   // about half at this age
        // Consecutive movements of a series are 20–35 s ± 3 s apart; a movement skipped in a stage that suppresses
        // them (N3, REM) leaves a double interval.
        Assert.InRange(intervals.Order().ElementAt(intervals.Count / 2), 22, 33);
        Assert.True(intervals.Count(d => d is >= 14 and <= 41) >= 0.9 * intervals.Count);

        // Rendered: the moving leg's EMG rises during the movement.
        var night = nights.Clinical.Concat(PlmNight()).First(n => n.LimbMovements.Count > 0);
        var left = night.LimbMovements.Where(m => m.Left && !m.Right && m.DurationSeconds > 1).ToList();
        double ratio = Math.Exp(left.Select(m => Math.Log(Rms(night, "LLeg", m.OnsetSeconds + 0.2, m.OnsetSeconds + 1) / Rms(night, "LLeg", m.OnsetSeconds - 8, m.OnsetSeconds - 3))).Average());
        output.WriteLine($"{left.Count} left-only movements: left leg EMG ×{ratio:F1}");
        Assert.True(ratio > 2, $"left leg ×{ratio:F1}");
    }

    static IEnumerable<SyntheticRecording> PlmNight()
    {
        for (int i = 0; i < 20; i++)
        {
            var r = new SynthRandom(900 + i);
            var subject = SubjectProfile.Draw($"plm-night-{i}", r.Derive("profile"), 78, 80);
            var night = NightSynthesizer.Synthesize(CohortDefinition.ClinicalLike, subject, 3600, r, new DateTime(2001, 1, 1, 22, 0, 0));
            if (night.LimbMovements.Count(m => m.Left && !m.Right && m.DurationSeconds > 1) >= 3) yield return night;
        }
    }

    [Fact]
    public void Nights_without_arousal_input_render_as_before_in_the_wake_generators()
    {
        // The downstream (wake) generators pass no arousals: their EEG must not change with this feature.
        var subject = SubjectProfile.Draw("wake", new SynthRandom(3));
        var request = new EegSynthesisRequest
        {
            Derivations = [EegDerivation.Parse("C3-M2"), EegDerivation.Parse("O1-M2")],
            SampleRateHz = 128,
            EpochSeconds = 10,
            Epochs = [StagePhysiology.TypicalBrain(SleepStage.Wake), StagePhysiology.TypicalBrain(SleepStage.Wake)],
            Subject = subject,
        };
        var a = EegSynthesizer.Generate(request, new SynthRandom(4));
        var b = EegSynthesizer.Generate(request with { Arousals = [] }, new SynthRandom(4));
        var c = EegSynthesizer.Generate(request with { Arousals = [new Arousal(5, 4, 1, ArousalCause.Spontaneous)] }, new SynthRandom(4));
        Assert.Equal(a.Signals[1], b.Signals[1]);
        Assert.NotEqual(a.Signals[1], c.Signals[1]);
        Assert.Equal(a.Signals[1].AsSpan(0, 5 * 128 - 1).ToArray(), c.Signals[1].AsSpan(0, 5 * 128 - 1).ToArray());
    }
}
