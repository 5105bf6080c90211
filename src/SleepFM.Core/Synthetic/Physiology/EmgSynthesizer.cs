namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Surface EMG: broadband noise with a rising spectrum (first difference of white noise), scaled by a
/// per-sample envelope made of the state's tone (<see cref="BrainState.ChinEmgUv"/>, cross-faded between
/// epochs), REM twitches, movement bursts and arousal bursts, plus a little mains interference. A caller that
/// schedules the night's events itself (arousals, body and leg movements shared with the other modalities)
/// passes them as explicit <see cref="MuscleBurst"/>s and sets the states' movement rate to 0.
/// </summary>
public static class EmgSynthesizer
{
    /// <summary>Renders one EMG channel.</summary>
    /// <param name="site">Chin or leg.</param>
    /// <param name="epochs">One state per epoch.</param>
    /// <param name="epochSeconds">Seconds per epoch, &gt; 0.</param>
    /// <param name="sampleRateHz">Output rate, 32–4096 Hz.</param>
    /// <param name="subject">Subject (EMG scale, noise, mains).</param>
    /// <param name="random">The channel's own stream.</param>
    /// <param name="arousalOnsetsSeconds">Times of arousals (e.g. respiratory event ends) that bring a 2–6 s muscle burst; may be null.</param>
    /// <param name="bursts">Bursts at known times (scaled by the subject's EMG scale); may be null.</param>
    /// <returns>µV samples, length = epochs × epochSeconds × sampleRateHz.</returns>
    public static float[] Generate(EmgSite site, IReadOnlyList<BrainState> epochs, double epochSeconds, double sampleRateHz,
        SubjectProfile subject, SynthRandom random, IReadOnlyList<double>? arousalOnsetsSeconds = null, IReadOnlyList<MuscleBurst>? bursts = null)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        if (epochs.Count == 0) throw new ArgumentException("At least one epoch is required.", nameof(epochs));
        if (!(epochSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(epochSeconds), epochSeconds, "Epoch length must be positive.");
        if (!(sampleRateHz >= 32 && sampleRateHz <= 4096)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Sample rate must lie in [32, 4096] Hz.");
        double fs = sampleRateHz, spe = epochSeconds * fs;
        int n = checked((int)Math.Round(epochs.Count * spe));
        double scale = subject.EmgAmplitudeScale;
        var tone = epochs.Select(s => (float)(scale * (site == EmgSite.Chin ? s.ChinEmgUv : 1.2 + 0.15 * s.ChinEmgUv))).ToArray();
        var envelope = new float[n];
        EpochEnvelope.Fill(envelope, 0, spe, tone, 2 * fs);

        var events = random.Derive("bursts");
        void Burst(double onset, double duration, double amplitude)
        {
            long first = Math.Max(0, (long)(onset * fs)), last = Math.Min(n - 1, (long)((onset + duration) * fs));
            for (long i = first; i <= last; i++)
            {
                double t = i / fs - onset;
                envelope[i] += (float)(amplitude * Math.Min(1, Math.Min(t, duration - t) / 0.1));
            }
        }
        for (int k = 0; k < epochs.Count; k++)
        {
            var s = epochs[k];
            double t0 = k * epochSeconds, minutes = epochSeconds / 60;
            if (site == EmgSite.Chin)
                for (int i = events.Poisson(s.TwitchesPerMinute * minutes); i > 0; i--)
                    Burst(t0 + events.NextDouble() * epochSeconds, events.Uniform(0.1, 0.4), 10 * scale * events.Uniform(0.5, 1.5));
            for (int i = events.Poisson(s.MovementBurstsPerMinute * minutes); i > 0; i--)
                Burst(t0 + events.NextDouble() * epochSeconds, events.Uniform(1, 4), 30 * scale * events.Uniform(0.5, 1.5));
        }
        if (arousalOnsetsSeconds is not null)
            foreach (double t in arousalOnsetsSeconds)
                if (events.Chance(site == EmgSite.Chin ? 0.7 : 0.5))
                    Burst(t + events.Uniform(-1, 2), events.Uniform(2, 6), 12 * scale * events.Uniform(0.5, 1.5));
        if (bursts is not null)
            foreach (var b in bursts)
                if (b.DurationSeconds > 0) Burst(b.OnsetSeconds, b.DurationSeconds, scale * b.AmplitudeUv);

        var output = new float[n];
        var noise = random.Derive("noise");
        float previous = 0;
        double lineOmega = subject.LineFrequencyHz < 0.49 * fs ? 2 * Math.PI * subject.LineFrequencyHz / fs : 0;
        double lineAmplitude = 0.3 * subject.LineNoiseUv;
        double c = 1, sn = 0, dc = Math.Cos(lineOmega), ds = Math.Sin(lineOmega);
        float floor = (float)(0.5 * subject.NoiseUv);
        for (int i = 0; i < n; i++)
        {
            float w = noise.NextUnitUniform();
            output[i] = (w - previous) * 0.70710678f * envelope[i] + floor * noise.NextUnitUniform() + (float)(lineAmplitude * sn);
            previous = w;
            if (lineOmega > 0) (c, sn) = (c * dc - sn * ds, sn * dc + c * ds);
        }
        return output;
    }
}
