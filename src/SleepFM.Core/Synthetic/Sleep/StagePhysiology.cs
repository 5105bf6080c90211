using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// Sleep stages as presets of the physiology records, following the AASM scoring rules:
/// wake = posterior alpha, blinks and saccades, high chin EMG; N1 = theta, vertex waves, slow eye
/// movements; N2 = spindles and K-complexes; N3 = high-amplitude delta; REM = sawtooth theta, bursts of
/// rapid eye movements, atonia with twitches. Heart rate is lowest and most regular in N3 and most
/// variable in REM; breathing is most regular in N3 and most irregular in REM.
/// </summary>
public static class StagePhysiology
{
    /// <summary>The stage's typical values, before per-epoch variation.</summary>
    /// <param name="stage">The stage.</param>
    public static BrainState TypicalBrain(SleepStage stage) => stage switch
    {
        SleepStage.Wake => new BrainState
        {
            BackgroundUv = 7, AlphaUv = 12, ThetaUv = 2.5, DeltaUv = 3, BetaUv = 4,
            BlinksPerMinute = 15, SlowEyeMovementsPerMinute = 0.3, RapidEyeMovementsPerMinute = 20, SaccadeUv = 120,
            ChinEmgUv = 25, ScalpMuscleUv = 3, MovementBurstsPerMinute = 0.8,
        },
        SleepStage.N1 => new BrainState
        {
            BackgroundUv = 8, AlphaUv = 3.5, ThetaUv = 8, DeltaUv = 6, BetaUv = 2,
            SpindlesPerMinute = 0.2, KComplexesPerMinute = 0.1, VertexWavesPerMinute = 3,
            BlinksPerMinute = 1.5, SlowEyeMovementsPerMinute = 2.5, ChinEmgUv = 12, ScalpMuscleUv = 1.5, MovementBurstsPerMinute = 0.2,
        },
        SleepStage.N2 => new BrainState
        {
            BackgroundUv = 9, AlphaUv = 2, ThetaUv = 6, DeltaUv = 13, BetaUv = 1.5,
            SpindlesPerMinute = 6, KComplexesPerMinute = 1.5, VertexWavesPerMinute = 0.3,
            SlowEyeMovementsPerMinute = 0.2, ChinEmgUv = 6, ScalpMuscleUv = 0.5, MovementBurstsPerMinute = 0.1,
        },
        SleepStage.N3 => new BrainState
        {
            BackgroundUv = 10, AlphaUv = 1.2, ThetaUv = 7, DeltaUv = 55, BetaUv = 1.2,
            SpindlesPerMinute = 1.5, KComplexesPerMinute = 0.8, ChinEmgUv = 5.5, ScalpMuscleUv = 0.3, MovementBurstsPerMinute = 0.05,
        },
        _ => new BrainState
        {
            BackgroundUv = 8, AlphaUv = 4, ThetaUv = 8.5, DeltaUv = 6, BetaUv = 2.5, SawtoothBurstsPerMinute = 3,
            SlowEyeMovementsPerMinute = 0.3, RapidEyeMovementsPerMinute = 18, SaccadeUv = 150,
            ChinEmgUv = 2.5, TwitchesPerMinute = 5, ScalpMuscleUv = 0.2, MovementBurstsPerMinute = 0.05,
        },
    };

    /// <summary>
    /// One epoch's physiology: the stage preset with the subject's resting values and a random
    /// per-epoch variation (amplitudes ±15–20% log-normal; wake alpha varies more, as eyes open and
    /// close; REM alternates phasic and tonic epochs, and a phasic epoch also has a faster, more variable
    /// heart and more irregular breathing), so no single feature separates the stages.
    /// </summary>
    /// <param name="stage">The scored stage.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="random">The stream to draw from.</param>
    public static EpochPhysiology For(SleepStage stage, SubjectProfile subject, SynthRandom random)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        var b = TypicalBrain(stage);
        double J(double sd = 0.18) => Math.Exp(random.Gaussian(0, sd));
        double alphaJitter = stage == SleepStage.Wake ? random.Uniform(0.35, 1.3) : J(0.25);
        double phasic = stage == SleepStage.Rem ? random.Uniform(0.1, 1.8) : 1;
        var brain = b with
        {
            BackgroundUv = Math.Min(50, b.BackgroundUv * J(0.12)),
            AlphaUv = Math.Min(60, b.AlphaUv * alphaJitter),
            ThetaUv = Math.Min(60, b.ThetaUv * J()),
            DeltaUv = Math.Min(120, b.DeltaUv * J(0.2)),
            BetaUv = Math.Min(20, b.BetaUv * J()),
            SpindlesPerMinute = Math.Min(15, b.SpindlesPerMinute * J(0.3)),
            KComplexesPerMinute = Math.Min(6, b.KComplexesPerMinute * J(0.3)),
            BlinksPerMinute = Math.Min(40, b.BlinksPerMinute * J(0.3)),
            RapidEyeMovementsPerMinute = b.RapidEyeMovementsPerMinute * phasic,
            SawtoothBurstsPerMinute = b.SawtoothBurstsPerMinute * phasic,
            ChinEmgUv = Math.Min(100, b.ChinEmgUv * (stage == SleepStage.Wake ? random.Uniform(0.3, 1.3) : J(0.35))),
        };
        double rest = subject.RestingHeartRateBpm;
        var cardiac = stage switch
        {
            SleepStage.Wake => new CardiacState(rest + 8, 50, 30),
            SleepStage.N1 => new CardiacState(rest + 4, 40, 35),
            SleepStage.N2 => new CardiacState(rest, 35, 40),
            SleepStage.N3 => new CardiacState(rest - 4, 18, 45),
            // Phasic REM (bursts of eye movements) brings heart-rate accelerations and more variability; tonic REM is calmer.
            _ => new CardiacState(rest + 3 + 2 * phasic, 40 + 25 * phasic, 25),
        };
        cardiac = cardiac with { MeanHeartRateBpm = Math.Clamp(cardiac.MeanHeartRateBpm + random.Gaussian(0, 1.5), 35, 120) };
        double br = subject.BreathingRatePerMinute;
        var breathing = stage switch
        {
            SleepStage.Wake => new BreathingState(br + 2, 1.1, 0.25),
            SleepStage.N1 => new BreathingState(br + 1, 0.95, 0.2),
            SleepStage.N2 => new BreathingState(br, 1.0, 0.1),
            SleepStage.N3 => new BreathingState(br - 0.5, 1.1, 0.05),
            // Breathing in REM is irregular, most of all during phasic bursts.
            _ => new BreathingState(br + 0.5 + phasic, 0.85, Math.Min(0.5, 0.12 + 0.2 * phasic)),
        };
        return new EpochPhysiology(brain, cardiac, breathing);
    }

    /// <summary>
    /// Moves an epoch's brain state a fraction of the way towards a neighbouring epoch's: a 30-s epoch at a
    /// stage change is scored by its majority, but holds some of the other stage too.
    /// </summary>
    /// <param name="epoch">The epoch's own state.</param>
    /// <param name="neighbour">The adjacent epoch's state.</param>
    /// <param name="weight">Fraction towards the neighbour, 0–0.5.</param>
    public static BrainState Blend(BrainState epoch, BrainState neighbour, double weight)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        ArgumentNullException.ThrowIfNull(neighbour);
        if (!(weight >= 0 && weight <= 0.5)) throw new ArgumentOutOfRangeException(nameof(weight), weight, "Must lie in [0, 0.5].");
        double M(double a, double b) => a + weight * (b - a);
        return epoch with
        {
            BackgroundUv = M(epoch.BackgroundUv, neighbour.BackgroundUv), AlphaUv = M(epoch.AlphaUv, neighbour.AlphaUv),
            ThetaUv = M(epoch.ThetaUv, neighbour.ThetaUv), DeltaUv = M(epoch.DeltaUv, neighbour.DeltaUv), BetaUv = M(epoch.BetaUv, neighbour.BetaUv),
            SpindlesPerMinute = M(epoch.SpindlesPerMinute, neighbour.SpindlesPerMinute), KComplexesPerMinute = M(epoch.KComplexesPerMinute, neighbour.KComplexesPerMinute),
            VertexWavesPerMinute = M(epoch.VertexWavesPerMinute, neighbour.VertexWavesPerMinute), SawtoothBurstsPerMinute = M(epoch.SawtoothBurstsPerMinute, neighbour.SawtoothBurstsPerMinute),
            BlinksPerMinute = M(epoch.BlinksPerMinute, neighbour.BlinksPerMinute), SlowEyeMovementsPerMinute = M(epoch.SlowEyeMovementsPerMinute, neighbour.SlowEyeMovementsPerMinute),
            RapidEyeMovementsPerMinute = M(epoch.RapidEyeMovementsPerMinute, neighbour.RapidEyeMovementsPerMinute),
            ChinEmgUv = M(epoch.ChinEmgUv, neighbour.ChinEmgUv), TwitchesPerMinute = M(epoch.TwitchesPerMinute, neighbour.TwitchesPerMinute),
            ScalpMuscleUv = M(epoch.ScalpMuscleUv, neighbour.ScalpMuscleUv), MovementBurstsPerMinute = M(epoch.MovementBurstsPerMinute, neighbour.MovementBurstsPerMinute),
        };
    }
}
