using SleepFM.Channels;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// Adds <see cref="EegOverlay"/> findings to referential electrode potentials, using the same head
/// model (10-05 positions, Gaussian fields) as <see cref="EegSynthesizer"/>, so a finding looks the way
/// its generator sits on the scalp in any montage derived afterwards.
/// </summary>
internal static class OverlayRenderer
{
    /// <summary>The relative field of a finding at each electrode (1 at the focus), before amplitude.</summary>
    public static double[] Field(EegOverlay overlay, IReadOnlyList<string> electrodes)
    {
        var positions = electrodes.Select(HeadModel.PositionOf).ToArray();
        var weights = new double[electrodes.Count];
        for (int e = 0; e < weights.Length; e++)
            weights[e] = overlay.Kind switch
            {
                EegOverlayKind.EyeMovements => EyeField(positions[e]),
                EegOverlayKind.Muscle => MuscleField(positions[e], overlay.Focus),
                EegOverlayKind.Electrode => electrodes[e].Equals(overlay.Focus, StringComparison.OrdinalIgnoreCase) ? 1 : 0,
                _ => HeadModel.Blob(positions[e], overlay.Focus, overlay.Kind == EegOverlayKind.Seizure ? SeizureWidth(overlay, overlay.DurationSeconds) : overlay.WidthRadii),
            };
        return weights;
    }

    /// <summary>Adds every overlay to <paramref name="potentials"/> ([electrode][sample], µV).</summary>
    public static void Render(IReadOnlyList<EegOverlay> overlays, IReadOnlyList<string> electrodes, float[][] potentials, double sampleRateHz, SynthRandom random)
    {
        if (overlays.Count == 0) return;
        var positions = electrodes.Select(HeadModel.PositionOf).ToArray();
        int n = potentials[0].Length;
        for (int k = 0; k < overlays.Count; k++)
        {
            var o = overlays[k];
            var r = random.Derive((ulong)k);
            int first = Math.Max(0, (int)Math.Ceiling(o.OnsetSeconds * sampleRateHz));
            int end = Math.Min(n, (int)Math.Floor((o.OnsetSeconds + o.DurationSeconds) * sampleRateHz));
            if (end <= first) continue;
            var wave = new float[end - first];
            if (o.Kind == EegOverlayKind.Seizure)
            {
                RenderSeizure(o, positions, potentials, first, end, sampleRateHz, r);
                continue;
            }
            switch (o.Kind)
            {
                case EegOverlayKind.SpikeWave: Periodic(o, wave, first, sampleRateHz, r, SpikeWave); break;
                case EegOverlayKind.PeriodicDischarges: Periodic(o, wave, first, sampleRateHz, r, Triphasic); break;
                case EegOverlayKind.EyeMovements: Saccades(o, wave, first, sampleRateHz, r); break;
                case EegOverlayKind.Muscle: MuscleNoise(o, wave, first, sampleRateHz, r); break;
                case EegOverlayKind.Electrode: ElectrodeArtefact(o, wave, first, sampleRateHz, r); break;
            }
            var field = Field(o, electrodes);
            for (int e = 0; e < electrodes.Count; e++)
            {
                float w = (float)field[e];
                if (Math.Abs(w) < 1e-3f) continue;
                var target = potentials[e].AsSpan(first, end - first);
                for (int i = 0; i < wave.Length; i++) target[i] += w * wave[i];
            }
        }
    }

    // Horizontal eye dipole: positive on the side the eyes turn to; it decays fast behind the frontal row.
    static double EyeField(ElectrodePosition p) => -2.2 * p.X * HeadModel.Blob(p, HeadModel.EyesMidpoint, 0.55);

    static double MuscleField(ElectrodePosition p, string side) => side switch
    {
        "left" => HeadModel.Blob(p, "T7", 0.4),
        "right" => HeadModel.Blob(p, "T8", 0.4),
        _ => Math.Max(HeadModel.Blob(p, "T7", 0.4), HeadModel.Blob(p, "T8", 0.4)),
    };

    static double SeizureWidth(EegOverlay o, double t) =>
        o.WidthRadii + (Math.Max(o.WidthRadii, 1.1) - o.WidthRadii) * Math.Min(1, t / (0.5 * o.DurationSeconds));

    static void Periodic(EegOverlay o, float[] wave, int first, double fs, SynthRandom r, Func<double, double> shape)
    {
        double period = o.PeriodSeconds > 0 ? o.PeriodSeconds : o.DurationSeconds;
        for (double t = r.Uniform(0, Math.Min(0.3, period / 3)); t < o.DurationSeconds - 0.2; t += period * r.Uniform(0.85, 1.15))
        {
            double a = o.AmplitudeUv * r.Uniform(0.75, 1.2);
            int start = (int)(t * fs);
            for (int i = start; i < wave.Length && i < start + (int)(0.6 * fs); i++) wave[i] += (float)(a * shape((i - start) / fs));
        }
    }

    static double Gauss(double t, double mu, double sigma) { double z = (t - mu) / sigma; return Math.Exp(-0.5 * z * z); }

    // Surface-negative spike (fast rise, slower fall), a small after-positivity, then the negative slow wave.
    static double SpikeWave(double t) =>
        -(t < 0.03 ? Gauss(t, 0.03, 0.010) : Gauss(t, 0.03, 0.018)) + 0.2 * Gauss(t, 0.075, 0.02) - 0.55 * Gauss(t, 0.25, 0.07);

    // Triphasic sharp wave: small positive, dominant negative, broad positive.
    static double Triphasic(double t) => 0.3 * Gauss(t, 0.03, 0.02) - Gauss(t, 0.10, 0.035) + 0.45 * Gauss(t, 0.22, 0.07);

    static void Saccades(EegOverlay o, float[] wave, int first, double fs, SynthRandom r)
    {
        int sign = r.Sign();
        double level = 0;
        for (double t = r.Uniform(0, 0.2); t < o.DurationSeconds; t += r.Uniform(0.3, 0.9))
        {
            double target = sign * o.AmplitudeUv * r.Uniform(0.5, 1.0);
            int start = (int)(t * fs);
            double from = level;
            for (int i = start; i < wave.Length; i++)
            {
                double u = (i - start) / fs;
                wave[i] = (float)(from + (target - from) * (1 - Math.Exp(-u / 0.025)));
            }
            level = target;
            sign = -sign;
        }
        Taper(wave, fs, 0.15);
    }

    static void MuscleNoise(EegOverlay o, float[] wave, int first, double fs, SynthRandom r)
    {
        // First difference of white noise: a rising spectrum like surface EMG; chewing modulates it at StartHz.
        double previous = 0, phase = r.NextDouble() * 2 * Math.PI;
        for (int i = 0; i < wave.Length; i++)
        {
            double w = r.NextGaussian();
            double env = o.StartHz > 0 ? Math.Max(0, Math.Sin(phase + 2 * Math.PI * o.StartHz * i / fs)) * 1.6 : 1;
            wave[i] = (float)(o.AmplitudeUv * (w - previous) * 0.7071 * env);
            previous = w;
        }
        Taper(wave, fs, 0.2);
    }

    static void ElectrodeArtefact(EegOverlay o, float[] wave, int first, double fs, SynthRandom r)
    {
        if (r.Chance(0.5))
        {
            // Pops: steps with an exponential recovery, as a drying electrode loses and regains contact.
            for (double t = r.Uniform(0, 0.3); t < o.DurationSeconds; t += r.Uniform(0.4, 1.2))
            {
                double a = r.Sign() * o.AmplitudeUv * r.Uniform(0.6, 1.1);
                int start = (int)(t * fs);
                for (int i = start; i < wave.Length; i++) wave[i] += (float)(a * (1 - Math.Exp(-(i - start) / fs / 0.008)) * Math.Exp(-(i - start) / fs / 0.25));
            }
        }
        else
        {
            double f = r.Uniform(0.4, 1.5), phase = r.NextDouble() * 2 * Math.PI;
            for (int i = 0; i < wave.Length; i++) wave[i] = (float)(o.AmplitudeUv * Math.Sin(phase + 2 * Math.PI * f * i / fs));
            Taper(wave, fs, 0.3);
        }
    }

    static void RenderSeizure(EegOverlay o, ElectrodePosition[] positions, float[][] potentials, int first, int end, double fs, SynthRandom r)
    {
        var focus = HeadModel.PositionOf(o.Focus);
        double phase = r.NextDouble() * 2 * Math.PI, d = o.DurationSeconds;
        double ratio = o.EndHz / o.StartHz;
        var distance = positions.Select(p => { double x = p.DistanceTo(focus); return x * x; }).ToArray();
        for (int i = first; i < end; i++)
        {
            double t = (i - first) / fs;
            double f = o.StartHz * Math.Pow(ratio, t / d);
            phase += 2 * Math.PI * f / fs;
            // Spiky rhythmic wave (harmonics), growing amplitude, with 2-s onset and 1-s offset ramps.
            double envelope = (0.35 + 0.65 * Math.Min(1, t / (0.6 * d))) * Math.Min(1, Math.Min(t / 2, (d - t) / 1.0));
            double v = o.AmplitudeUv * envelope * (Math.Sin(phase) + 0.35 * Math.Sin(2 * phase + 0.6) + 0.15 * Math.Sin(3 * phase + 1.1));
            double sigma = SeizureWidth(o, t), twoSigma2 = 2 * sigma * sigma;
            for (int e = 0; e < positions.Length; e++)
            {
                double w = Math.Exp(-distance[e] / twoSigma2);
                if (w > 1e-3) potentials[e][i] += (float)(w * v);
            }
        }
    }

    static void Taper(float[] wave, double fs, double seconds)
    {
        int m = Math.Min(wave.Length / 2, (int)(seconds * fs));
        for (int i = 0; i < m; i++)
        {
            float g = (float)i / m;
            wave[i] *= g;
            wave[^(i + 1)] *= g;
        }
    }
}
