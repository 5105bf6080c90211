using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// One subject's awake, eyes-closed-and-open resting EEG: the wake <see cref="BrainState"/> of the
/// sleep generator (alpha, blinks, saccades, beta, some scalp muscle) with per-subject trait levels
/// and per-epoch drowsiness, so normal recordings already vary as much as mild pathology does.
/// </summary>
/// <param name="AlphaUv">Typical posterior alpha, µV RMS.</param>
/// <param name="ThetaUv">Typical theta, µV RMS.</param>
/// <param name="DeltaUv">Typical delta, µV RMS.</param>
/// <param name="BetaUv">Typical beta, µV RMS (benzodiazepines, anxiety raise it).</param>
/// <param name="BackgroundUv">1/f background, µV RMS.</param>
/// <param name="BlinksPerMinute">Blink rate.</param>
/// <param name="MuscleUv">Typical scalp-muscle tone, µV RMS.</param>
/// <param name="Drowsiness">Share of epochs in drowsiness (alpha drop-out, theta, slow eye movements), 0–0.6.</param>
internal sealed record WakeTraits(double AlphaUv, double ThetaUv, double DeltaUv, double BetaUv, double BackgroundUv,
    double BlinksPerMinute, double MuscleUv, double Drowsiness)
{
    /// <summary>Draws a subject's traits; <paramref name="paediatric"/> gives the higher-amplitude, slower child EEG.</summary>
    public static WakeTraits Draw(SynthRandom r, bool paediatric = false)
    {
        double child = paediatric ? 1.5 : 1;
        return new WakeTraits(
            AlphaUv: r.ClippedGaussian(14, 5, 4, 30),
            ThetaUv: r.ClippedGaussian(3 * child, 1.2, 0.5, 12),
            DeltaUv: r.ClippedGaussian(3 * child, 1.2, 0.5, 12),
            BetaUv: Math.Min(12, Math.Exp(r.Gaussian(Math.Log(3), 0.45))),
            BackgroundUv: r.ClippedGaussian(8, 1.5, 4, 14),
            BlinksPerMinute: r.Uniform(4, 22),
            MuscleUv: Math.Min(12, Math.Exp(r.Gaussian(Math.Log(2), 0.6))),
            Drowsiness: r.Chance(0.35) ? r.Uniform(0.2, 0.6) : r.Uniform(0, 0.15));
    }

    /// <summary>One state per epoch, jittered around the traits, some drowsy.</summary>
    public BrainState[] Epochs(int count, SynthRandom r)
    {
        var states = new BrainState[count];
        for (int k = 0; k < count; k++)
        {
            bool drowsy = r.Chance(Drowsiness);
            double j() => Math.Exp(r.Gaussian(0, 0.15));
            states[k] = new BrainState
            {
                BackgroundUv = Math.Min(50, BackgroundUv * j()),
                AlphaUv = Math.Min(60, AlphaUv * j() * (drowsy ? 0.35 : 1)),
                ThetaUv = Math.Min(60, ThetaUv * j() + (drowsy ? r.Uniform(2, 6) : 0)),
                DeltaUv = Math.Min(120, DeltaUv * j()),
                BetaUv = Math.Min(20, BetaUv * j()),
                BlinksPerMinute = Math.Min(40, BlinksPerMinute * (drowsy ? 0.4 : 1)),
                SlowEyeMovementsPerMinute = drowsy ? 2 : 0,
                RapidEyeMovementsPerMinute = drowsy ? 1 : 6,
                SaccadeUv = 80,
                ScalpMuscleUv = Math.Min(40, MuscleUv * j()),
                MovementBurstsPerMinute = 0.4,
                ChinEmgUv = 15,
            };
        }
        return states;
    }
}
