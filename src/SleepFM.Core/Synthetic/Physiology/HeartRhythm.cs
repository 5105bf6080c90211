namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// R-peak times from per-epoch heart-rate states: mean RR, a slow (Mayer-wave, ~0.1 Hz) random
/// fluctuation, respiratory sinus arrhythmia (RR shortens during inspiration), independent jitter
/// (large in atrial fibrillation, where the sinus modulation is absent), and a 10–20 bpm surge after
/// each arousal (scaled per arousal when scales are given).
/// </summary>
public static class HeartRhythm
{
    /// <summary>Generates beat times over [0, epochs × epochSeconds).</summary>
    /// <param name="epochs">Cardiac state per epoch.</param>
    /// <param name="epochSeconds">Seconds per epoch, &gt; 0.</param>
    /// <param name="respiratoryPhase">Breathing phase (radians) at a time, or null for no sinus arrhythmia.</param>
    /// <param name="arousalTimesSeconds">Arousals (e.g. respiratory event ends), or null.</param>
    /// <param name="subject">Subject (its <see cref="SubjectProfile.HeartRateVariabilityScale"/> scales the variability).</param>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="arousalScales">Multiplies each arousal's 15-bpm surge (same order as the times); null for 1 each.</param>
    /// <returns>R-peak times in seconds, increasing.</returns>
    public static double[] BeatTimes(IReadOnlyList<CardiacState> epochs, double epochSeconds, Func<double, double>? respiratoryPhase,
        IReadOnlyList<double>? arousalTimesSeconds, SubjectProfile subject, SynthRandom random, IReadOnlyList<double>? arousalScales = null)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        if (epochs.Count == 0) throw new ArgumentException("At least one epoch is required.", nameof(epochs));
        if (!(epochSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(epochSeconds), epochSeconds, "Epoch length must be positive.");
        foreach (var e in epochs) e.Validate();
        double duration = epochs.Count * epochSeconds;
        if (arousalScales is not null && arousalScales.Count != (arousalTimesSeconds?.Count ?? 0))
            throw new ArgumentException("One scale per arousal time is required.", nameof(arousalScales));
        var ordered = (arousalTimesSeconds ?? []).Select((t, i) => (Time: t, Scale: arousalScales?[i] ?? 1)).OrderBy(a => a.Time).ToArray();
        var arousals = ordered.Select(a => a.Time).ToArray();
        var scales = ordered.Select(a => a.Scale).ToArray();
        var beats = new List<double>((int)(duration * 1.5));
        double t = random.Uniform(0, 0.8), slow = random.NextGaussian(), hrv = subject.HeartRateVariabilityScale;
        int nextArousal = 0;
        while (t < duration)
        {
            beats.Add(t);
            int k = Math.Min(epochs.Count - 1, (int)(t / epochSeconds));
            var state = epochs[k];
            double bpm = state.MeanHeartRateBpm;
            while (nextArousal < arousals.Length && arousals[nextArousal] < t - 20) nextArousal++;
            for (int a = nextArousal; a < arousals.Length && arousals[a] <= t; a++)
            {
                double since = t - arousals[a];
                bpm += 15 * scales[a] * Math.Exp(-0.5 * Math.Pow((since - 5) / 3.5, 2));
            }
            double rr = 60 / bpm;
            // AR(1) per beat with a ~10 s correlation time: the 0.1 Hz band of HRV.
            double rho = Math.Exp(-rr / 10);
            slow = rho * slow + Math.Sqrt(1 - rho * rho) * random.NextGaussian();
            double sinus = Math.Max(0, 1 - state.Irregularity / 0.1);
            rr += sinus * hrv * (state.SlowVariabilityMs / 1000 * slow);
            if (respiratoryPhase is not null)
                rr -= sinus * hrv * state.RespiratoryArrhythmiaMs / 1000 * Math.Sin(respiratoryPhase(t));
            rr *= 1 + state.Irregularity * random.NextGaussian();
            t += Math.Clamp(rr, 0.25, 2.5);
        }
        return beats.ToArray();
    }
}
