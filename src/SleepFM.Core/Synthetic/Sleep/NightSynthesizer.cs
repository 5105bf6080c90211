using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// Synthesises one night: hypnogram → per-epoch physiology (moved by the slow <see cref="ArousalTone"/>) → respiratory events → arousals, body and leg
/// movements (<see cref="ArousalScheduler"/>) → breathing and SpO2 → EEG → heart beats (sinus arrhythmia from
/// the breathing phase, surges after arousals and K-complexes; conduction findings and atrial fibrillation from
/// <see cref="SleepingHeart"/>) → the heart's field in the EEG (<see cref="CardiacFieldArtefact"/>) → every channel of the cohort's montage. Each step draws from its own stream derived from the subject's, so changing one
/// generator does not reshuffle the others.
/// </summary>
public static class NightSynthesizer
{
    /// <summary>Seconds per scored epoch.</summary>
    public const double EpochSeconds = 30;

    /// <summary>The hypnogram <see cref="Synthesize"/> would use (cheap: no signals).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="durationSeconds">Night length (rounded down to whole epochs).</param>
    /// <param name="subjectRandom">The subject's stream.</param>
    /// <param name="nominalNightHours">See <see cref="HypnogramGenerator.Generate"/>.</param>
    public static Hypnogram HypnogramFor(SubjectProfile subject, double durationSeconds, SynthRandom subjectRandom, double nominalNightHours = 8)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(subjectRandom);
        return HypnogramGenerator.Generate(durationSeconds, subject.AgeYears, subjectRandom.Derive("hypnogram"), EpochSeconds, nominalNightHours);
    }

    /// <summary>The heart <see cref="Synthesize"/> would give the subject (cheap: no signals).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="subjectRandom">The subject's stream.</param>
    internal static SleepingHeart HeartFor(SubjectProfile subject, SynthRandom subjectRandom) =>
        SleepingHeart.Draw(subject, subjectRandom.Derive("ecg-morphology"));

    /// <summary>Synthesises a night in memory.</summary>
    /// <param name="cohort">Montage and site.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="durationSeconds">Night length, ≥ 60 s (rounded down to whole 30-s epochs).</param>
    /// <param name="subjectRandom">The subject's stream (e.g. <c>new SynthRandom(seed).Derive(cohort).Derive(index)</c>).</param>
    /// <param name="startTime">Clock time of the first sample.</param>
    /// <param name="nominalNightHours">Sleep architecture is drawn for a night this long and compressed into shorter recordings.</param>
    public static SyntheticRecording Synthesize(CohortDefinition cohort, SubjectProfile subject, double durationSeconds, SynthRandom subjectRandom,
        DateTime startTime, double nominalNightHours = 8)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(subjectRandom);
        cohort.Validate();
        if (!(durationSeconds >= 60)) throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "A night must last at least 60 s.");
        var hypnogram = HypnogramFor(subject, durationSeconds, subjectRandom, nominalNightHours);
        double duration = hypnogram.DurationSeconds;

        var epochRandom = subjectRandom.Derive("epochs");
        var tone = ArousalTone.Generate(hypnogram.Stages.Count, EpochSeconds, subjectRandom.Derive("arousal-tone"));
        var epochs = hypnogram.Stages.Select((s, k) => ArousalTone.Apply(StagePhysiology.For(s, subject, epochRandom), tone[k])).ToArray();
        var brain = epochs.Select(e => e.Brain).ToArray();
        var blendRandom = subjectRandom.Derive("transitions");
        for (int k = 0; k < brain.Length; k++)
        {
            int neighbour = k > 0 && hypnogram.Stages[k - 1] != hypnogram.Stages[k] ? k - 1
                : k + 1 < brain.Length && hypnogram.Stages[k + 1] != hypnogram.Stages[k] ? k + 1 : -1;
            double weight = blendRandom.Uniform(0, 0.45);
            if (neighbour >= 0) brain[k] = StagePhysiology.Blend(epochs[k].Brain, epochs[neighbour].Brain, weight);
        }
        var events = RespiratoryEventScheduler.Schedule(hypnogram, subject, subjectRandom.Derive("respiratory-events"));
        // Arousals, body movements and leg movements are drawn once and rendered into every modality at the same
        // seconds; the EEG and EMG generators therefore draw no movements of their own here.
        var nightEvents = ArousalScheduler.Schedule(hypnogram, brain, events, subject, subjectRandom.Derive("arousals"));
        for (int k = 0; k < brain.Length; k++) brain[k] = brain[k] with { MovementBurstsPerMinute = 0 };
        var breathing = RespirationSynthesizer.Generate(epochs.Select(e => e.Breathing).ToArray(), EpochSeconds, events, subject, subjectRandom.Derive("breathing"),
            arousals: nightEvents.Arousals);

        var samples = new float[cohort.Channels.Count][];
        IReadOnlyList<EegTransient> transients = [];
        var eegChannels = cohort.Channels.Select((c, i) => (c, i)).Where(x => x.c.Source == SignalSource.Eeg).ToList();
        var derivations = eegChannels.Select(x => EegDerivation.Parse(x.c.Derivation!)).ToArray();
        if (eegChannels.Count > 0)
        {
            var result = EegSynthesizer.Generate(new EegSynthesisRequest
            {
                Derivations = derivations,
                SampleRateHz = eegChannels[0].c.SampleRateHz,
                EpochSeconds = EpochSeconds,
                Epochs = brain,
                Subject = subject,
                Arousals = nightEvents.Arousals,
            }, subjectRandom.Derive("eeg"));
            for (int k = 0; k < eegChannels.Count; k++) samples[eegChannels[k].i] = result.Signals[k];
            transients = result.Transients;
        }
        // The heart follows the EEG too: every arousal surges it, and so does each K-complex, a little
        // (a ~3 bpm acceleration a few seconds later, the K-complex's autonomic "half-arousal"; small enough that
        // N3 keeps the most regular rhythm of the night).
        var (surgeTimes, surgeScales) = nightEvents.HeartRateSurges();
        var kComplexes = transients.Where(t => t.Kind == EegTransientKind.KComplex && !nightEvents.Arousals.Any(a => Math.Abs(a.OnsetSeconds - t.OnsetSeconds) < 0.1))
            .Select(t => t.OnsetSeconds).ToArray();
        var heart = HeartFor(subject, subjectRandom);
        var beats = HeartRhythm.BeatTimes(epochs.Select(e => heart.Apply(e.Cardiac)).ToArray(), EpochSeconds, breathing.PhaseAt,
            [.. surgeTimes, .. kComplexes], subject, subjectRandom.Derive("heart"), [.. surgeScales, .. kComplexes.Select(_ => 0.2)]);
        var morphology = heart.Morphology;
        if (eegChannels.Count > 0)
            CardiacFieldArtefact.Add(eegChannels.Select(x => samples[x.i]).ToArray(), derivations, beats, morphology,
                eegChannels[0].c.SampleRateHz, subjectRandom.Derive("cardiac-field"));
        for (int i = 0; i < cohort.Channels.Count; i++)
        {
            var c = cohort.Channels[i];
            int n = (int)Math.Round(duration * c.SampleRateHz);
            samples[i] = c.Source switch
            {
                SignalSource.Eeg => samples[i],
                SignalSource.Ecg => EcgSynthesizer.Generate(beats, morphology, [c.Lead!.Value], c.SampleRateHz, n,
                    subjectRandom.Derive("ecg-" + c.Lead + "-" + c.SampleRateHz), breathing.PhaseAt, 0.01, subject.LineFrequencyHz)[0],
                SignalSource.ChinEmg or SignalSource.LeftLegEmg or SignalSource.RightLegEmg => EmgSynthesizer.Generate(
                    c.Source == SignalSource.ChinEmg ? EmgSite.Chin : EmgSite.Leg, brain, EpochSeconds, c.SampleRateHz, subject,
                    subjectRandom.Derive("emg-" + c.Source), null, MuscleBursts(c.Source, nightEvents, subjectRandom.Derive("emg-bursts-" + c.Source))),
                SignalSource.Airflow => breathing.Resample(breathing.Airflow, c.SampleRateHz, n),
                SignalSource.NasalPressure => breathing.Resample(breathing.NasalPressure, c.SampleRateHz, n),
                SignalSource.Thorax => breathing.Resample(breathing.Thorax, c.SampleRateHz, n),
                SignalSource.Abdomen => breathing.Resample(breathing.Abdomen, c.SampleRateHz, n),
                _ => breathing.Resample(breathing.SpO2, c.SampleRateHz, n),
            };
        }

        var annotations = new List<SyntheticAnnotation>();
        foreach (var a in nightEvents.Arousals.Where(a => a.Cause != ArousalCause.BodyMovement && a.EndSeconds <= duration))
            annotations.Add(new SyntheticAnnotation(Math.Round(a.OnsetSeconds, 2), Math.Round(a.DurationSeconds, 2), a.IsScoredArousal ? "Arousal" : "CAP A phase"));
        foreach (var m in nightEvents.LimbMovements.Where(m => m.OnsetSeconds + m.DurationSeconds <= duration))
            annotations.Add(new SyntheticAnnotation(Math.Round(m.OnsetSeconds, 2), Math.Round(m.DurationSeconds, 2), "Limb Movement"));
        foreach (var (first, count, stage) in hypnogram.Runs())
            annotations.Add(new SyntheticAnnotation(first * EpochSeconds, count * EpochSeconds, SleepStageText.SleepEdfAnnotation(stage)));
        foreach (var e in events) annotations.Add(new SyntheticAnnotation(e.OnsetSeconds, e.DurationSeconds, e.Label));
        foreach (var d in breathing.Desaturations.Where(d => d.EndSeconds <= duration))
            annotations.Add(new SyntheticAnnotation(Math.Round(d.OnsetSeconds, 2), Math.Round(d.EndSeconds - d.OnsetSeconds, 2), "SpO2 desaturation"));
        annotations.Sort((a, b) => a.OnsetSeconds.CompareTo(b.OnsetSeconds));

        var signals = cohort.Channels.Select((c, i) => new SyntheticSignal(c, samples[i])).ToArray();
        return new SyntheticRecording(cohort, subject, startTime, hypnogram, signals, annotations, events, breathing.Desaturations, beats, transients)
        {
            Arousals = nightEvents.Arousals,
            LimbMovements = nightEvents.LimbMovements,
            Heart = heart,
        };
    }

    /// <summary>
    /// The bursts one EMG channel gets from the night's events: the chin tenses in 80% of arousals (AASM needs
    /// it for REM arousals) and in every body movement; a leg in 40% of arousals, 80% of body movements, and
    /// in each periodic movement of that leg.
    /// </summary>
    static MuscleBurst[] MuscleBursts(SignalSource source, NightEvents events, SynthRandom random)
    {
        var bursts = new List<MuscleBurst>();
        bool chin = source == SignalSource.ChinEmg;
        foreach (var a in events.Arousals)
        {
            if (a.Cause == ArousalCause.BodyMovement)
            {
                if (chin || random.Chance(0.8)) bursts.Add(new MuscleBurst(a.OnsetSeconds, a.DurationSeconds, 30 * random.Uniform(0.5, 1.5)));
            }
            else if (random.Chance(chin ? 0.8 : 0.4))
                bursts.Add(new MuscleBurst(a.OnsetSeconds + random.Uniform(0, 0.5), Math.Min(a.DurationSeconds, random.Uniform(2, 8)),
                    (chin ? 12 : 8) * a.Intensity * random.Uniform(0.7, 1.3)));
        }
        if (!chin)
            foreach (var m in events.LimbMovements)
                if (source == SignalSource.LeftLegEmg ? m.Left : m.Right)
                    bursts.Add(new MuscleBurst(m.OnsetSeconds, m.DurationSeconds, m.AmplitudeUv));
        return bursts.ToArray();
    }
}
