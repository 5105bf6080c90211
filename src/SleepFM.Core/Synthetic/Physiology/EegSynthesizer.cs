using SleepFM.Channels;

namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Renders scalp EEG and EOG as a sum of spatially distributed sources over real 10-05 positions:
/// <list type="bullet">
/// <item>a 1/f background from eleven latent sources whose Gaussian topographies overlap, so the
/// correlation between two electrodes decays with their distance;</item>
/// <item>oscillatory generators, each a pair of correlated left/right narrow-band processes with a
/// topography: alpha (posterior, the subject's individual alpha frequency), theta (fronto-central),
/// delta (frontal-dominant), beta (fronto-central);</item>
/// <item>transients: spindles (centro-parietal), K-complexes (fronto-central), vertex waves and
/// sawtooth bursts (central);</item>
/// <item>two eye sources (horizontal, vertical) near the eyes — blinks, slow and rapid eye movements —
/// that dominate E1/E2 and leak into frontal electrodes;</item>
/// <item>scalp muscle and movement bursts (temporal), mains interference, per-electrode local activity
/// and amplifier noise, slow drift and electrode pops.</item>
/// </list>
/// Potentials are referential against an ideal reference; the requested derivations are differences,
/// so mastoids (near-silent, not zero) work as references and any montage can be derived.
/// Rendering is block-wise (4,096 samples), so memory is the output plus a few block buffers.
/// </summary>
public static class EegSynthesizer
{
    const int BlockSamples = 4096;
    const float MinWeight = 1e-3f;
    static readonly string[] BackgroundCentres = ["Fpz", "Fz", "Cz", "Pz", "Oz", "F3", "F4", "C3", "C4", "P3", "P4"];

    /// <summary>Renders the request.</summary>
    /// <param name="request">Channels, rate, per-epoch states and subject.</param>
    /// <param name="random">The stream to draw from (derive one per subject and modality).</param>
    /// <returns>One µV signal per derivation and the transients placed.</returns>
    /// <exception cref="ArgumentException">An invalid request or an electrode without a position.</exception>
    public static EegSynthesisResult Generate(EegSynthesisRequest request, SynthRandom random)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(random);
        request.Validate();
        double fs = request.SampleRateHz;
        double samplesPerEpoch = request.EpochSeconds * fs;
        long total = (long)Math.Round(request.Epochs.Count * samplesPerEpoch);
        if (total > int.MaxValue) throw new ArgumentException($"{total} samples per channel exceed what one array holds.", nameof(request));
        int n = (int)total;

        var electrodes = new List<string>();
        var electrodeIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int Add(string name)
        {
            if (!electrodeIndex.TryGetValue(name, out int i))
            {
                HeadModel.PositionOf(name); // throws a clear error for unknown electrodes
                i = electrodes.Count;
                electrodes.Add(name);
                electrodeIndex[name] = i;
            }
            return i;
        }
        const int Ideal = -1, Average = -2;
        var derivationPairs = request.Derivations.Select(d => (
            Active: Add(d.Active),
            Reference: d.Reference is null ? Ideal
                : d.Reference.Equals(EegDerivation.AverageReference, StringComparison.OrdinalIgnoreCase) ? Average
                : Add(d.Reference))).ToArray();
        var positions = electrodes.Select(HeadModel.PositionOf).ToArray();

        var model = new SourceModel(request, positions, electrodes, random);
        var outputs = new float[derivationPairs.Length][];
        for (int d = 0; d < outputs.Length; d++) outputs[d] = new float[n];

        var electrodeBuffers = new float[electrodes.Count][];
        for (int e = 0; e < electrodeBuffers.Length; e++) electrodeBuffers[e] = new float[BlockSamples];
        var average = new float[BlockSamples];
        bool needsAverage = derivationPairs.Any(p => p.Reference == Average);

        for (long start = 0; start < n; start += BlockSamples)
        {
            int length = (int)Math.Min(BlockSamples, n - start);
            model.RenderBlock(start, length, electrodeBuffers);
            if (needsAverage)
            {
                var avg = average.AsSpan(0, length);
                avg.Clear();
                foreach (var buffer in electrodeBuffers) FloatKernels.AddScaled(avg, buffer.AsSpan(0, length), 1f / electrodeBuffers.Length);
            }
            for (int d = 0; d < derivationPairs.Length; d++)
            {
                var destination = outputs[d].AsSpan((int)start, length);
                var active = electrodeBuffers[derivationPairs[d].Active].AsSpan(0, length);
                switch (derivationPairs[d].Reference)
                {
                    case Ideal: active.CopyTo(destination); break;
                    case Average: FloatKernels.Subtract(destination, active, average.AsSpan(0, length)); break;
                    default: FloatKernels.Subtract(destination, active, electrodeBuffers[derivationPairs[d].Reference].AsSpan(0, length)); break;
                }
            }
        }
        return new EegSynthesisResult(outputs, fs, model.Transients);
    }

    /// <summary>All sources of one request, with their per-electrode weights and block state.</summary>
    sealed class SourceModel
    {
        readonly List<Track> tracks = [];
        readonly double fs, samplesPerEpoch, rampSamples;
        readonly int electrodeCount;
        readonly float[] scratch = new float[BlockSamples];
        readonly float[] scratch2 = new float[BlockSamples];
        readonly float[] line = new float[BlockSamples];
        readonly float[] localState;
        readonly float localPole, localDrive;
        readonly float[] localPinkScale;
        readonly float[] lineScale;
        readonly float[] backgroundEnvelope;
        readonly SynthRandom[] electrodeRandom;
        readonly float[][] localScratch;
        readonly float whiteNoiseUv;
        readonly double lineOmega;
        double linePhase;
        readonly float[] driftState;
        readonly float driftPole, driftDrive;
        readonly List<(EegTransient Event, double Phase)>[] pops;
        readonly int[] nextPop;

        public List<EegTransient> Transients { get; } = [];

        public SourceModel(EegSynthesisRequest request, ElectrodePosition[] positions, List<string> electrodeNames, SynthRandom random)
        {
            fs = request.SampleRateHz;
            samplesPerEpoch = request.EpochSeconds * fs;
            rampSamples = request.TransitionSeconds * fs;
            electrodeCount = positions.Length;
            var subject = request.Subject;
            var states = request.Epochs;
            int epochs = states.Count;
            double scale = subject.EegAmplitudeScale;

            float[] PerEpoch(Func<BrainState, double> value) => states.Select(s => (float)(value(s) * scale)).ToArray();
            float[] Attenuated(Func<BrainState, double> value, Hemisphere side) => states.Select(s =>
            {
                double att = s.Modifiers.OfType<HemisphericAsymmetry>().Where(a => a.Side == side).Select(a => a.Attenuation).DefaultIfEmpty(0).Max();
                return (float)(value(s) * scale * (1 - Math.Clamp(att, 0, 1)));
            }).ToArray();
            float[] Weights(Func<ElectrodePosition, string, double> weight) =>
                positions.Select((p, i) => (float)weight(p, electrodeNames[i])).ToArray();

            // Background: independent pink sources with overlapping topographies.
            backgroundEnvelope = PerEpoch(s => s.BackgroundUv);
            foreach (var centre in BackgroundCentres)
            {
                var c = HeadModel.PositionOf(centre);
                tracks.Add(Track.Pink(new PinkNoiseProcess(fs, random.Derive("bg-" + centre)), backgroundEnvelope,
                    Weights((p, _) => HeadModel.Blob(p, c, 0.45))));
            }

            void AddPair(string name, double centreHz, double bandwidthHz, double correlation, string centre, double sigma, Func<BrainState, double> amplitude, bool lateralisedAttenuation)
            {
                var shared = new NarrowbandProcess(centreHz, bandwidthHz, fs, random.Derive(name + "-shared"));
                var left = new NarrowbandProcess(centreHz, bandwidthHz, fs, random.Derive(name + "-left"));
                var right = new NarrowbandProcess(centreHz, bandwidthHz, fs, random.Derive(name + "-right"));
                var pair = new SharedComponent(shared, (float)Math.Sqrt(correlation), (float)Math.Sqrt(1 - correlation));
                var envLeft = lateralisedAttenuation ? Attenuated(amplitude, Hemisphere.Left) : PerEpoch(amplitude);
                var envRight = lateralisedAttenuation ? Attenuated(amplitude, Hemisphere.Right) : PerEpoch(amplitude);
                var c = HeadModel.PositionOf(centre);
                tracks.Add(Track.Narrowband(left, pair, envLeft, Weights((p, _) => HeadModel.Blob(p, c, sigma) * (1 - HeadModel.RightShare(p)))));
                tracks.Add(Track.Narrowband(right, pair, envRight, Weights((p, _) => HeadModel.Blob(p, c, sigma) * HeadModel.RightShare(p))));
            }
            AddPair("alpha", subject.IndividualAlphaHz, 1.0, 0.7, "POz", 0.5, s => s.AlphaUv, true);
            AddPair("theta", 5.5, 2.5, 0.6, "FCz", 0.6, s => s.ThetaUv, false);
            AddPair("delta", 1.0, 1.6, 0.7, "Fz", 0.75, s => s.DeltaUv, false);
            AddPair("beta", 21, 6, 0.5, "Fz", 0.8, s => s.BetaUv, true);

            // Focal slowing: one delta and one theta generator per distinct modifier.
            var focal = states.SelectMany(s => s.Modifiers.OfType<FocalSlowing>()).Distinct().ToList();
            foreach (var f in focal)
            {
                var c = HeadModel.PositionOf(f.CentreElectrode);
                var w = Weights((p, _) => HeadModel.Blob(p, c, f.WidthRadii));
                string key = $"focal-{f.CentreElectrode}-{f.WidthRadii}";
                tracks.Add(Track.Narrowband(new NarrowbandProcess(1.6, 1.8, fs, random.Derive(key + "-delta")), null,
                    states.Select(s => (float)(s.Modifiers.Contains(f) ? f.DeltaUv * scale : 0)).ToArray(), w));
                tracks.Add(Track.Narrowband(new NarrowbandProcess(5.5, 2.0, fs, random.Derive(key + "-theta")), null,
                    states.Select(s => (float)(s.Modifiers.Contains(f) ? f.ThetaUv * scale : 0)).ToArray(), w));
            }

            // Transients.
            var events = random.Derive("events");
            var spindles = new List<(EegTransient, double)>();
            var kComplexes = new List<(EegTransient, double)>();
            var vertex = new List<(EegTransient, double)>();
            var sawtooth = new List<(EegTransient, double)>();
            var horizontal = new List<(EegTransient, double)>();
            var vertical = new List<(EegTransient, double)>();
            var movement = new List<(EegTransient, double)>();
            pops = new List<(EegTransient, double)>[electrodeCount];
            for (int e = 0; e < electrodeCount; e++) pops[e] = [];
            double eog = subject.EogAmplitudeScale;
            double epochSeconds = request.EpochSeconds, minutes = epochSeconds / 60;
            for (int k = 0; k < epochs; k++)
            {
                var s = states[k];
                double t0 = k * epochSeconds;
                double Onset() => t0 + events.NextDouble() * epochSeconds;
                double Phase() => events.NextDouble() * 2 * Math.PI;
                for (int i = events.Poisson(s.SpindlesPerMinute * minutes); i > 0; i--)
                    spindles.Add((new EegTransient(EegTransientKind.Spindle, Onset(), events.Uniform(0.5, 2.0),
                        s.SpindleUv * scale * events.Uniform(0.6, 1.3), subject.SpindleHz + events.Gaussian(0, 0.3)), Phase()));
                for (int i = events.Poisson(s.KComplexesPerMinute * minutes); i > 0; i--)
                {
                    double onset = Onset();
                    kComplexes.Add((new EegTransient(EegTransientKind.KComplex, onset, 1.3, s.KComplexUv * scale * events.Uniform(0.7, 1.3), 0), 0));
                    // K-complexes are often followed by a spindle.
                    if (events.Chance(0.3))
                        spindles.Add((new EegTransient(EegTransientKind.Spindle, onset + 0.8, events.Uniform(0.5, 1.5),
                            s.SpindleUv * scale * events.Uniform(0.6, 1.1), subject.SpindleHz + events.Gaussian(0, 0.3)), Phase()));
                }
                for (int i = events.Poisson(s.VertexWavesPerMinute * minutes); i > 0; i--)
                    vertex.Add((new EegTransient(EegTransientKind.VertexWave, Onset(), 0.5, 70 * scale * events.Uniform(0.6, 1.2), 0), 0));
                for (int i = events.Poisson(s.SawtoothBurstsPerMinute * minutes); i > 0; i--)
                {
                    double f = events.Uniform(2, 4.5);
                    int waves = 3 + events.NextInt(6);
                    sawtooth.Add((new EegTransient(EegTransientKind.SawtoothBurst, Onset(), waves / f, 25 * scale * events.Uniform(0.7, 1.3), f), Phase()));
                }
                for (int i = events.Poisson(s.BlinksPerMinute * minutes); i > 0; i--)
                    vertical.Add((new EegTransient(EegTransientKind.Blink, Onset(), 0.5, 200 * eog * events.Uniform(0.6, 1.3), 0), 0));
                for (int i = events.Poisson(s.SlowEyeMovementsPerMinute * minutes); i > 0; i--)
                    horizontal.Add((new EegTransient(EegTransientKind.SlowEyeMovement, Onset(), events.Uniform(4, 10),
                        90 * eog * events.Uniform(0.6, 1.3), events.Uniform(0.15, 0.4)), Phase()));
                // Saccades come in runs that tend to alternate direction (look away, look back).
                for (int b = events.Poisson(s.RapidEyeMovementsPerMinute * minutes / 3); b > 0; b--)
                {
                    double t = Onset();
                    int sign = events.Sign();
                    for (int j = 1 + events.Poisson(2); j > 0; j--)
                    {
                        double amplitude = sign * s.SaccadeUv * eog * events.Uniform(0.4, 1.1);
                        horizontal.Add((new EegTransient(EegTransientKind.Saccade, t, TransientRenderer.SaccadeRenderSeconds, amplitude, 0), 0));
                        vertical.Add((new EegTransient(EegTransientKind.Saccade, t, TransientRenderer.SaccadeRenderSeconds, amplitude * events.Uniform(-0.35, 0.35), 0), -1));
                        if (events.Chance(0.7)) sign = -sign;
                        t += events.Uniform(0.25, 1.0);
                    }
                }
                for (int i = events.Poisson(s.MovementBurstsPerMinute * minutes); i > 0; i--)
                    movement.Add((new EegTransient(EegTransientKind.MovementBurst, Onset(), events.Uniform(1, 4), 25 * events.Uniform(0.6, 1.5), 0), 0));
                if (request.ElectrodeArtefacts)
                    for (int i = events.Poisson(subject.ArtefactsPerHour * epochSeconds / 3600); i > 0; i--)
                    {
                        int e = events.NextInt(electrodeCount);
                        pops[e].Add((new EegTransient(EegTransientKind.ElectrodePop, Onset(), 5 * events.Uniform(0.15, 0.8),
                            events.Sign() * events.Uniform(60, 250), 0, electrodeNames[e]), 0));
                    }
            }
            // Arousals (own stream: requests without arousals draw exactly as before).
            var arousalAlpha = new List<(EegTransient, double)>();
            var arousalBeta = new List<(EegTransient, double)>();
            var arousalDelta = new List<(EegTransient, double)>();
            if (request.Arousals.Count > 0)
            {
                var arousalRandom = random.Derive("arousals");
                foreach (var a in request.Arousals)
                {
                    double Phase() => arousalRandom.NextDouble() * 2 * Math.PI;
                    double d = Math.Max(0.5, a.DurationSeconds);
                    arousalAlpha.Add((new EegTransient(EegTransientKind.ArousalRhythm, a.OnsetSeconds, d,
                        9 * scale * a.Intensity * arousalRandom.Uniform(0.7, 1.3), subject.IndividualAlphaHz + arousalRandom.Gaussian(0, 0.3)), Phase()));
                    arousalBeta.Add((new EegTransient(EegTransientKind.ArousalRhythm, a.OnsetSeconds, d,
                        9 * scale * a.Intensity * arousalRandom.Uniform(0.7, 1.3), arousalRandom.Uniform(17, 25)), Phase()));
                    // CAP A1/A2: a burst of frontal slow waves over the first 2–4 s.
                    if (a.SlowWaveUv > 0)
                        arousalDelta.Add((new EegTransient(EegTransientKind.ArousalRhythm, a.OnsetSeconds, Math.Min(d, arousalRandom.Uniform(2, 4)),
                            a.SlowWaveUv * scale * arousalRandom.Uniform(0.8, 1.2), arousalRandom.Uniform(0.8, 2)), Phase()));
                    int k = Math.Clamp((int)(a.OnsetSeconds / epochSeconds), 0, epochs - 1);
                    // "K-alpha": NREM arousals often open with a K-complex.
                    if (states[k].KComplexesPerMinute >= 0.5 && arousalRandom.Chance(0.5))
                        kComplexes.Add((new EegTransient(EegTransientKind.KComplex, a.OnsetSeconds, 1.3, states[k].KComplexUv * scale * arousalRandom.Uniform(0.7, 1.3), 0), 0));
                    // Frontalis/temporalis tone rises with every arousal; a body movement adds much more.
                    movement.Add((new EegTransient(EegTransientKind.MovementBurst, a.OnsetSeconds, d, Math.Max(a.MovementUv, 4 * a.Intensity), 0), 0));
                }
            }
            tracks.Add(Track.Events(arousalAlpha, Weights((p, _) => HeadModel.Blob(p, "POz", 0.6))));
            tracks.Add(Track.Events(arousalBeta, Weights((p, _) => HeadModel.Blob(p, "Fz", 0.8))));
            tracks.Add(Track.Events(arousalDelta, Weights((p, _) => HeadModel.Blob(p, "Fz", 0.75))));
            tracks.Add(Track.Events(spindles, Weights((p, _) => HeadModel.Blob(p, "CPz", 0.6))));
            tracks.Add(Track.Events(kComplexes, Weights((p, _) => HeadModel.Blob(p, "FCz", 0.6))));
            tracks.Add(Track.Events(vertex, Weights((p, _) => HeadModel.Blob(p, "Cz", 0.4))));
            tracks.Add(Track.Events(sawtooth, Weights((p, _) => HeadModel.Blob(p, "Cz", 0.6))));
            tracks.Add(Track.Events(horizontal, Weights((p, name) => HeadModel.IsEyeElectrode(name)
                ? (HeadModel.IsLeftEyeElectrode(name) ? 1.0 : -1.0)
                : -p.X * HeadModel.Blob(p, HeadModel.EyesMidpoint, 0.6))));
            tracks.Add(Track.Events(vertical, Weights((p, name) => HeadModel.IsEyeElectrode(name)
                ? (HeadModel.IsLeftEyeElectrode(name) ? -0.35 : 0.8)
                : 0.9 * Math.Max(HeadModel.Blob(p, HeadModel.LeftEye, 0.5), HeadModel.Blob(p, HeadModel.RightEye, 0.5)))));
            var muscleEnvelope = states.Select(s => (float)s.ScalpMuscleUv).ToArray();
            tracks.Add(Track.Muscle(random.Derive("muscle-left"), muscleEnvelope, movement,
                Weights((p, _) => Math.Max(HeadModel.Blob(p, "T7", 0.45), 0.5 * HeadModel.Blob(p, "Fp1", 0.35)))));
            tracks.Add(Track.Muscle(random.Derive("muscle-right"), muscleEnvelope, movement,
                Weights((p, _) => Math.Max(HeadModel.Blob(p, "T8", 0.45), 0.5 * HeadModel.Blob(p, "Fp2", 0.35)))));
            foreach (var track in tracks) track.Prepare();

            foreach (var list in new[] { spindles, kComplexes, vertex, sawtooth, horizontal, movement, arousalAlpha, arousalBeta, arousalDelta })
                Transients.AddRange(list.Select(x => x.Item1));
            Transients.AddRange(vertical.Where(x => x.Item2 >= 0).Select(x => x.Item1));
            foreach (var list in pops) { list.Sort((a, b) => a.Item1.OnsetSeconds.CompareTo(b.Item1.OnsetSeconds)); Transients.AddRange(list.Select(x => x.Item1)); }
            Transients.Sort((a, b) => a.OnsetSeconds.CompareTo(b.OnsetSeconds));
            nextPop = new int[electrodeCount];

            // Per-electrode parts: local 1/f, amplifier noise, mains, drift.
            var noiseRandom = random.Derive("electrode-noise");
            electrodeRandom = electrodeNames.Select(name => random.Derive("electrode-" + name)).ToArray();
            localScratch = electrodeNames.Select(_ => new float[BlockSamples]).ToArray();
            localState = new float[electrodeCount];
            // Electrode-local activity: a cheap one-pole (3 Hz) low-pass noise; the 1/f shape comes from the shared sources.
            localPole = (float)Math.Exp(-2 * Math.PI * 3 / fs);
            localDrive = (float)Math.Sqrt(1 - localPole * localPole);
            localPinkScale = new float[electrodeCount];
            lineScale = new float[electrodeCount];
            driftState = new float[electrodeCount];
            for (int e = 0; e < electrodeCount; e++)
            {
                localPinkScale[e] = (float)noiseRandom.Uniform(0.25, 0.45);
                // Mains is common-mode; unequal electrode impedances make it survive the subtraction.
                lineScale[e] = (float)(subject.LineNoiseUv * noiseRandom.Uniform(0.6, 1.4));
                driftState[e] = (float)(noiseRandom.NextGaussian() * 4);
            }
            whiteNoiseUv = (float)subject.NoiseUv;
            bool lineBelowNyquist = subject.LineFrequencyHz < 0.49 * fs;
            lineOmega = lineBelowNyquist ? 2 * Math.PI * subject.LineFrequencyHz / fs : 0;
            if (!lineBelowNyquist) Array.Clear(lineScale);
            linePhase = noiseRandom.NextDouble() * 2 * Math.PI;
            double driftRms = request.ElectrodeArtefacts ? 2 + subject.ArtefactsPerHour / 3 : 0;
            double rho = Math.Exp(-2 * Math.PI * 0.05 / fs);
            driftPole = (float)rho;
            driftDrive = (float)(driftRms * Math.Sqrt(1 - rho * rho));
            if (driftRms == 0) Array.Clear(driftState);
        }

        public void RenderBlock(long start, int length, float[][] electrodeBuffers)
        {
            for (int e = 0; e < electrodeCount; e++) electrodeBuffers[e].AsSpan(0, length).Clear();
            var tmp = scratch.AsSpan(0, length);
            var tmp2 = scratch2.AsSpan(0, length);
            foreach (var track in tracks) track.Active = track.Render(start, length, fs, samplesPerEpoch, rampSamples, tmp, tmp2);
            Parallel.For(0, electrodeCount, e =>
            {
                var destination = electrodeBuffers[e].AsSpan(0, length);
                foreach (var track in tracks)
                {
                    float w = track.Weights[e];
                    if (track.Active && Math.Abs(w) >= MinWeight) FloatKernels.AddScaled(destination, track.Buffer.AsSpan(0, length), w);
                }
            });
            // Mains: one rotating phasor shared by all electrodes.
            var lineSpan = line.AsSpan(0, length);
            if (lineOmega > 0)
            {
                double c = Math.Cos(linePhase), s = Math.Sin(linePhase), dc = Math.Cos(lineOmega), ds = Math.Sin(lineOmega);
                for (int i = 0; i < length; i++)
                {
                    lineSpan[i] = (float)s;
                    (c, s) = (c * dc - s * ds, s * dc + c * ds);
                }
                linePhase = (linePhase + length * lineOmega) % (2 * Math.PI);
            }
            EpochEnvelope.Fill(tmp2, start, samplesPerEpoch, backgroundEnvelope, rampSamples);
            var envelope = scratch2;
            // Electrodes are independent here (each has its own stream), so they run in parallel deterministically.
            Parallel.For(0, electrodeCount, e =>
            {
                var buffer = electrodeBuffers[e].AsSpan(0, length);
                var local = localScratch[e].AsSpan(0, length);
                var noiseRandom = electrodeRandom[e];
                float y = localState[e];
                for (int i = 0; i < length; i++) { y = localPole * y + localDrive * noiseRandom.NextUnitUniform(); local[i] = y; }
                localState[e] = y;
                FloatKernels.Multiply(local, envelope.AsSpan(0, length));
                FloatKernels.AddScaled(buffer, local, localPinkScale[e]);
                if (lineScale[e] != 0) FloatKernels.AddScaled(buffer, line.AsSpan(0, length), lineScale[e]);
                float drift = driftState[e];
                for (int i = 0; i < length; i++)
                {
                    drift = driftPole * drift + driftDrive * noiseRandom.NextUnitUniform();
                    buffer[i] += drift + whiteNoiseUv * noiseRandom.NextUnitUniform();
                }
                driftState[e] = drift;
                Track.RenderEvents(pops[e], ref nextPop[e], 5, start, buffer, fs);
            });
        }
    }

    /// <summary>Shared part of a correlated left/right pair, drawn once per block.</summary>
    sealed class SharedComponent(NarrowbandProcess process, float sharedWeight, float ownWeight)
    {
        readonly float[] buffer = new float[BlockSamples];
        long filledFor = -1;
        public float SharedWeight { get; } = sharedWeight;
        public float OwnWeight { get; } = ownWeight;

        public ReadOnlySpan<float> For(long start, int length)
        {
            if (filledFor != start) { process.Fill(buffer.AsSpan(0, length)); filledFor = start; }
            return buffer.AsSpan(0, length);
        }
    }

    /// <summary>One source time course (block buffer) and its weight at each electrode.</summary>
    sealed class Track
    {
        enum TrackKind { Pink, Narrowband, Events, Muscle }
        TrackKind kind;
        PinkNoiseProcess? pink;
        NarrowbandProcess? narrowband;
        SharedComponent? shared;
        float[]? envelope;
        SynthRandom? noise;
        List<(EegTransient Event, double Phase)> events = [];
        int nextEvent;
        double maxDuration;
        float previousNoise;
        public float[] Buffer { get; } = new float[BlockSamples];
        public bool Active { get; set; }
        public float[] Weights { get; private init; } = [];

        public static Track Pink(PinkNoiseProcess p, float[] env, float[] w) => new() { kind = TrackKind.Pink, pink = p, envelope = env, Weights = w };
        public static Track Narrowband(NarrowbandProcess p, SharedComponent? s, float[] env, float[] w) =>
            new() { kind = TrackKind.Narrowband, narrowband = p, shared = s, envelope = env, Weights = w };
        public static Track Events(List<(EegTransient, double)> list, float[] w) => new() { kind = TrackKind.Events, events = list, Weights = w };
        public static Track Muscle(SynthRandom r, float[] env, List<(EegTransient, double)> bursts, float[] w) =>
            new() { kind = TrackKind.Muscle, noise = r, envelope = env, events = bursts, Weights = w };

        public void Prepare()
        {
            events.Sort((a, b) => a.Event.OnsetSeconds.CompareTo(b.Event.OnsetSeconds));
            maxDuration = events.Count == 0 ? 0 : events.Max(e => e.Event.DurationSeconds);
        }

        /// <summary>Fills <see cref="Buffer"/>; false when the track is silent in this block (skip mixing).</summary>
        public bool Render(long start, int length, double fs, double samplesPerEpoch, double ramp, Span<float> tmp, Span<float> tmp2)
        {
            var buffer = Buffer.AsSpan(0, length);
            switch (kind)
            {
                case TrackKind.Pink:
                case TrackKind.Narrowband:
                {
                    if (IsSilent(start, length, samplesPerEpoch, ramp))
                    {
                        // Keep the process running so the output does not depend on block silence.
                        if (pink is not null) pink.Fill(buffer); else narrowband!.Fill(buffer);
                        return false;
                    }
                    if (pink is not null) pink.Fill(buffer);
                    else
                    {
                        narrowband!.Fill(buffer);
                        if (shared is not null)
                        {
                            var common = shared.For(start, length);
                            for (int i = 0; i < length; i++) buffer[i] = shared.OwnWeight * buffer[i] + shared.SharedWeight * common[i];
                        }
                    }
                    EpochEnvelope.Fill(tmp, start, samplesPerEpoch, envelope!, ramp);
                    FloatKernels.Multiply(buffer, tmp);
                    return true;
                }
                case TrackKind.Events:
                    buffer.Clear();
                    return RenderEvents(events, ref nextEvent, maxDuration, start, buffer, fs);
                default:
                {
                    EpochEnvelope.Fill(tmp, start, samplesPerEpoch, envelope!, ramp);
                    RenderEvents(events, ref nextEvent, maxDuration, start, tmp, fs);
                    // First difference of white noise: a rising spectrum, like surface EMG.
                    float previous = previousNoise;
                    for (int i = 0; i < length; i++)
                    {
                        float w = noise!.NextUnitUniform();
                        buffer[i] = (w - previous) * 0.70710678f * tmp[i];
                        previous = w;
                    }
                    previousNoise = previous;
                    return true;
                }
            }
        }

        bool IsSilent(long start, int length, double samplesPerEpoch, double ramp)
        {
            int first = Math.Max(0, (int)Math.Floor((start - ramp) / samplesPerEpoch));
            int last = Math.Min(envelope!.Length - 1, (int)Math.Floor((start + length + ramp) / samplesPerEpoch));
            for (int k = first; k <= last; k++) if (envelope[k] != 0) return false;
            return true;
        }

        public static bool RenderEvents(List<(EegTransient Event, double Phase)> list, ref int next, double maxDuration, long start, Span<float> buffer, double fs)
        {
            double blockStart = start / fs, blockEnd = (start + buffer.Length) / fs;
            while (next < list.Count && list[next].Event.OnsetSeconds + maxDuration < blockStart) next++;
            bool any = false;
            for (int i = next; i < list.Count && list[i].Event.OnsetSeconds < blockEnd; i++)
            {
                var (e, phase) = list[i];
                if (e.OnsetSeconds + e.DurationSeconds < blockStart) continue;
                TransientRenderer.Render(e, phase, buffer, start, fs);
                any = true;
            }
            return any;
        }
    }
}
