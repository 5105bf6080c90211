namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Breathing with apneas: one phase oscillator (rate and depth wandering by state) drives airflow,
/// nasal pressure and both effort belts; respiratory events gate them:
/// <list type="bullet">
/// <item>obstructive apnea: airflow ≈ 5%, effort continues and grows, abdomen turns paradoxical;</item>
/// <item>central apnea: airflow and effort ≈ 3%;</item>
/// <item>hypopnea: airflow 30–50%, effort ≈ 75%;</item>
/// <item>after each event, a few recovery breaths ×1.6.</item>
/// </list>
/// SpO2 falls by 3–12 points (deeper for longer apneas), reaching its minimum 20–30 s after the event
/// ends — the circulation delay from lung to finger — and recovers over 8–15 s.
/// Arousals bring a sigh: for up to 8 s from onset, breaths 40–80% deeper and 15–30% faster (more with
/// intensity). A body movement also shifts the effort belts' baseline for its duration (the sensor moves).
/// </summary>
public static class RespirationSynthesizer
{
    /// <summary>Renders breathing for a recording.</summary>
    /// <param name="epochs">Breathing state per epoch.</param>
    /// <param name="epochSeconds">Seconds per epoch, &gt; 0.</param>
    /// <param name="events">Respiratory events, any order, at least 14 s apart (end to onset) so their recoveries do not overlap.</param>
    /// <param name="subject">Subject (baseline SpO2, noise).</param>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="sampleRateHz">Internal rate, 8–256 Hz.</param>
    /// <param name="arousals">Arousals and body movements (sighs, belt artefacts); may be null.</param>
    public static BreathingTrace Generate(IReadOnlyList<BreathingState> epochs, double epochSeconds, IReadOnlyList<RespiratoryEvent> events,
        SubjectProfile subject, SynthRandom random, double sampleRateHz = 32, IReadOnlyList<Arousal>? arousals = null)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        if (epochs.Count == 0) throw new ArgumentException("At least one epoch is required.", nameof(epochs));
        if (!(epochSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(epochSeconds), epochSeconds, "Epoch length must be positive.");
        if (!(sampleRateHz >= 8 && sampleRateHz <= 256)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Internal rate must lie in [8, 256] Hz.");
        double fs = sampleRateHz, spe = epochSeconds * fs;
        int n = checked((int)Math.Round(epochs.Count * spe));

        var rate = new float[n];
        var depth = new float[n];
        var variability = new float[n];
        EpochEnvelope.Fill(rate, 0, spe, epochs.Select(e => (float)e.RatePerMinute).ToArray(), 3 * fs);
        EpochEnvelope.Fill(depth, 0, spe, epochs.Select(e => (float)e.TidalAmplitude).ToArray(), 3 * fs);
        EpochEnvelope.Fill(variability, 0, spe, epochs.Select(e => (float)e.Variability).ToArray(), 3 * fs);

        // Per-sample gates from the events.
        var flowGain = new float[n];
        var effortGain = new float[n];
        var paradox = new float[n];
        Array.Fill(flowGain, 1f);
        Array.Fill(effortGain, 1f);
        var eventRandom = random.Derive("events");
        var sorted = events.OrderBy(e => e.OnsetSeconds).ToList();
        var desaturations = new List<OxygenDesaturation>();
        foreach (var e in sorted)
        {
            double flow, effortStart, effortEnd, para;
            switch (e.Kind)
            {
                case RespiratoryEventKind.ObstructiveApnea: flow = 0.05; effortStart = 0.8; effortEnd = 1.4; para = 1; break;
                case RespiratoryEventKind.CentralApnea: flow = 0.03; effortStart = 0.03; effortEnd = 0.03; para = 0; break;
                default: flow = eventRandom.Uniform(0.3, 0.5); effortStart = 0.75; effortEnd = 0.8; para = 0.2; break;
            }
            const double Ramp = 2, Recovery = 12;
            long first = Math.Max(0, (long)((e.OnsetSeconds - Ramp) * fs));
            long last = Math.Min(n - 1, (long)((e.EndSeconds + Recovery) * fs));
            for (long i = first; i <= last; i++)
            {
                double t = i / fs;
                double inside = Math.Clamp(Math.Min(t - e.OnsetSeconds + Ramp, e.EndSeconds + Ramp - t) / (2 * Ramp), 0, 1);
                double progress = Math.Clamp((t - e.OnsetSeconds) / e.DurationSeconds, 0, 1);
                double recovery = t > e.EndSeconds ? 0.6 * Math.Max(0, 1 - (t - e.EndSeconds) / Recovery) * Math.Min(1, (t - e.EndSeconds) / Ramp) : 0;
                double f = 1 + inside * (flow - 1) + recovery;
                double eff = 1 + inside * (effortStart + (effortEnd - effortStart) * progress - 1) + recovery;
                // The scheduler keeps events (with their recovery) apart, so the last writer wins.
                flowGain[i] = (float)f;
                effortGain[i] = (float)eff;
                paradox[i] = (float)Math.Max(paradox[i], inside * para);
            }
            double depthPercent = e.Kind == RespiratoryEventKind.Hypopnea
                ? eventRandom.Uniform(3, 5)
                : Math.Clamp(3 + 0.2 * (e.DurationSeconds - 10) + eventRandom.Gaussian(0, 1), 3, 12);
            double lag = eventRandom.Uniform(20, 30);
            double nadir = e.EndSeconds + lag;
            desaturations.Add(new OxygenDesaturation(e.OnsetSeconds + lag, nadir, nadir + eventRandom.Uniform(8, 15), depthPercent, e));
        }

        // Arousal sighs and movement artefacts (own stream, so nights without arousals are unchanged).
        var sighGain = new float[n];
        var rateGain = new float[n];
        var beltShift = new float[n];
        Array.Fill(sighGain, 1f);
        Array.Fill(rateGain, 1f);
        if (arousals is not null)
        {
            var arousalRandom = random.Derive("arousals");
            foreach (var a in arousals)
            {
                double sighSeconds = Math.Min(a.DurationSeconds, 8);
                double deeper = a.Intensity * arousalRandom.Uniform(0.4, 0.8), faster = a.Intensity * arousalRandom.Uniform(0.15, 0.3);
                double shift = a.MovementUv > 0 ? arousalRandom.Sign() * arousalRandom.Uniform(0.5, 1.5) * a.MovementUv / 25 : 0;
                long first = Math.Max(0, (long)(a.OnsetSeconds * fs)), last = Math.Min(n - 1, (long)((a.OnsetSeconds + Math.Max(sighSeconds, a.DurationSeconds)) * fs));
                for (long i = first; i <= last; i++)
                {
                    double t = i / fs - a.OnsetSeconds;
                    double sigh = Math.Clamp(Math.Min(t, sighSeconds - t), 0, 1); // 1-s ramps
                    sighGain[i] = (float)Math.Max(sighGain[i], 1 + deeper * sigh);
                    rateGain[i] = (float)Math.Max(rateGain[i], 1 + faster * sigh);
                    if (shift != 0) beltShift[i] += (float)(shift * Math.Clamp(Math.Min(t, a.DurationSeconds - t) / 0.3, 0, 1));
                }
            }
        }

        var phase = new double[n];
        var airflow = new float[n];
        var pressure = new float[n];
        var thorax = new float[n];
        var abdomen = new float[n];
        var noise = random.Derive("breathing");
        double rateWander = 0, depthWander = 0, alpha = Math.Exp(-1 / (8 * fs));
        double drive = Math.Sqrt(1 - alpha * alpha);
        double ph = noise.NextDouble() * 2 * Math.PI;
        double thoraxGain = noise.Uniform(0.6, 1.2), abdomenGain = noise.Uniform(0.6, 1.2);
        for (int i = 0; i < n; i++)
        {
            rateWander = alpha * rateWander + drive * noise.NextGaussian();
            depthWander = alpha * depthWander + drive * noise.NextGaussian();
            double v = variability[i];
            double bpm = rate[i] * rateGain[i] * Math.Max(0.3, 1 + 0.6 * v * rateWander);
            ph += 2 * Math.PI * bpm / 60 / fs;
            phase[i] = ph;
            double amplitude = depth[i] * sighGain[i] * Math.Max(0.2, 1 + v * depthWander);
            double s = Math.Sin(ph), c = Math.Cos(ph);
            // Inspiration a little shorter and sharper than expiration.
            double flowShape = s + 0.15 * (2 * s * c);
            double flow = 0.5 * amplitude * flowGain[i] * flowShape;
            airflow[i] = (float)(flow + 0.01 * noise.NextGaussian());
            pressure[i] = (float)(4 * flow * Math.Abs(flow) + 0.02 * noise.NextGaussian());
            double effort = amplitude * effortGain[i];
            thorax[i] = (float)(-thoraxGain * effort * c + beltShift[i] + 0.01 * noise.NextGaussian());
            abdomen[i] = (float)(-abdomenGain * effort * Math.Cos(ph + Math.PI * paradox[i]) - 0.7f * beltShift[i] + 0.01 * noise.NextGaussian());
        }

        var spo2 = new float[n];
        double baseline = subject.BaselineSpO2Percent, wander = 0, spo2Alpha = Math.Exp(-1 / (20 * fs));
        double spo2Drive = 0.3 * Math.Sqrt(1 - spo2Alpha * spo2Alpha);
        int next = 0;
        var active = new List<OxygenDesaturation>();
        for (int i = 0; i < n; i++)
        {
            double t = i / fs;
            while (next < desaturations.Count && desaturations[next].OnsetSeconds <= t) active.Add(desaturations[next++]);
            double dip = 0;
            for (int k = active.Count - 1; k >= 0; k--)
            {
                var d = active[k];
                if (t >= d.EndSeconds) { active.RemoveAt(k); continue; }
                double x = t <= d.NadirSeconds
                    ? (t - d.OnsetSeconds) / (d.NadirSeconds - d.OnsetSeconds)
                    : 1 - (t - d.NadirSeconds) / (d.EndSeconds - d.NadirSeconds);
                dip = Math.Max(dip, d.DepthPercent * x);
            }
            wander = spo2Alpha * wander + spo2Drive * noise.NextGaussian();
            spo2[i] = (float)Math.Clamp(baseline - dip + wander, 50, 100);
        }
        return new BreathingTrace(fs, phase, airflow, pressure, thorax, abdomen, spo2, desaturations);
    }
}
