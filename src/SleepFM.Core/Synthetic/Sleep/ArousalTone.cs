using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// The slow wax and wane of arousal level <em>within</em> a sleep stage: one latent "tone" per night, an AR(1)
/// process over epochs with a ~90-s correlation time (so neighbouring 60-s clips differ but are related), that
/// moves brain, muscle, heart and breathing together. Sleep is not uniform inside a scored stage: its depth and
/// the sympathetic drive drift on a scale of about a minute, and EEG fast activity, chin tone, heart rate and
/// breathing rate rise together as it lightens, while delta and spindle activity fall (compare the infraslow
/// ~0.02 Hz fluctuation of spindle activity and arousability that heart rate follows; Lecci et al., Sci Adv 2017). One standard deviation of tone means
/// ±25% alpha/beta, ∓15% delta, ∓25% spindle rate, ±25% chin tone, ±4 bpm and ±0.8 breaths per minute.
/// </summary>
public static class ArousalTone
{
    /// <summary>A zero-mean, unit-variance tone per epoch.</summary>
    /// <param name="epochs">Number of epochs, ≥ 0.</param>
    /// <param name="epochSeconds">Seconds per epoch, &gt; 0.</param>
    /// <param name="random">The night's tone stream.</param>
    /// <param name="correlationSeconds">Correlation time of the process, &gt; 0.</param>
    public static double[] Generate(int epochs, double epochSeconds, SynthRandom random, double correlationSeconds = 90)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        if (!(epochSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(epochSeconds), epochSeconds, "Epoch length must be positive.");
        if (!(correlationSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(correlationSeconds), correlationSeconds, "Correlation time must be positive.");
        double rho = Math.Exp(-epochSeconds / correlationSeconds), drive = Math.Sqrt(1 - rho * rho);
        var tone = new double[epochs];
        double x = random.NextGaussian();
        for (int k = 0; k < epochs; k++)
        {
            tone[k] = x;
            x = rho * x + drive * random.NextGaussian();
        }
        return tone;
    }

    /// <summary>One epoch's physiology moved by its tone (see the class summary for the sizes).</summary>
    /// <param name="epoch">The epoch's physiology.</param>
    /// <param name="tone">Its tone, in standard deviations (clamped to ±3).</param>
    public static EpochPhysiology Apply(EpochPhysiology epoch, double tone)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        double a = Math.Clamp(tone, -3, 3), up = Math.Exp(0.22 * a);
        var b = epoch.Brain;
        return new EpochPhysiology(
            b with
            {
                AlphaUv = Math.Min(60, b.AlphaUv * up),
                BetaUv = Math.Min(20, b.BetaUv * up),
                DeltaUv = Math.Min(120, b.DeltaUv * Math.Exp(-0.15 * a)),
                SpindlesPerMinute = Math.Min(15, b.SpindlesPerMinute / up),
                ChinEmgUv = Math.Min(100, b.ChinEmgUv * up),
            },
            epoch.Cardiac with { MeanHeartRateBpm = Math.Clamp(epoch.Cardiac.MeanHeartRateBpm + 4 * a, 35, 120) },
            epoch.Breathing with { RatePerMinute = Math.Clamp(epoch.Breathing.RatePerMinute + 0.8 * a, 6, 40) });
    }
}
