namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// What the brain, eyes and chin muscles are doing during one epoch: the parameters
/// <see cref="EegSynthesizer"/> and <see cref="EmgSynthesizer"/> render. Sleep stages are presets of
/// this record (<c>SleepFM.Synthetic.Sleep.StagePhysiology</c>); wake-task pathologies are
/// <see cref="Modifiers"/> on it. Amplitudes are µV RMS at the centre of the generator's topography,
/// before the subject's <see cref="SubjectProfile.EegAmplitudeScale"/>; rates are events per minute.
/// </summary>
public sealed record BrainState
{
    /// <summary>1/f background, µV RMS at each latent source (spatially correlated), 0–50.</summary>
    public double BackgroundUv { get; init; } = 8;

    /// <summary>Posterior alpha at the subject's individual alpha frequency, µV RMS, 0–60.</summary>
    public double AlphaUv { get; init; }

    /// <summary>Fronto-central theta (4–7 Hz), µV RMS, 0–60.</summary>
    public double ThetaUv { get; init; }

    /// <summary>Frontal-dominant delta (0.5–4 Hz, slow oscillation included), µV RMS, 0–120.</summary>
    public double DeltaUv { get; init; }

    /// <summary>Fronto-central beta (15–30 Hz), µV RMS, 0–20.</summary>
    public double BetaUv { get; init; }

    /// <summary>Sleep spindles (centro-parietal, 0.5–2 s bursts at the subject's spindle frequency) per minute, 0–15.</summary>
    public double SpindlesPerMinute { get; init; }

    /// <summary>Peak spindle amplitude, µV, 0–80.</summary>
    public double SpindleUv { get; init; } = 40;

    /// <summary>K-complexes (frontal biphasic) per minute, 0–6.</summary>
    public double KComplexesPerMinute { get; init; }

    /// <summary>Negative-peak K-complex amplitude, µV, 0–250.</summary>
    public double KComplexUv { get; init; } = 110;

    /// <summary>Vertex sharp waves (central, N1) per minute, 0–10.</summary>
    public double VertexWavesPerMinute { get; init; }

    /// <summary>Sawtooth-wave bursts (central 2–5 Hz, REM) per minute, 0–10.</summary>
    public double SawtoothBurstsPerMinute { get; init; }

    /// <summary>Blinks per minute (vertical eye source), 0–40.</summary>
    public double BlinksPerMinute { get; init; }

    /// <summary>Slow rolling eye movements (0.1–0.5 Hz, several seconds) per minute, 0–6.</summary>
    public double SlowEyeMovementsPerMinute { get; init; }

    /// <summary>Saccades per minute (rapid eye movements; in REM they come in bursts), 0–60.</summary>
    public double RapidEyeMovementsPerMinute { get; init; }

    /// <summary>Peak saccade amplitude at the EOG electrodes, µV, 0–400.</summary>
    public double SaccadeUv { get; init; } = 150;

    /// <summary>Chin EMG tone, µV RMS, 0–100 (REM atonia ≈ 1–3).</summary>
    public double ChinEmgUv { get; init; } = 10;

    /// <summary>Phasic muscle twitches (REM) per minute, 0–30.</summary>
    public double TwitchesPerMinute { get; init; }

    /// <summary>Scalp (temporalis/frontalis) muscle activity leaking into EEG, µV RMS, 0–40.</summary>
    public double ScalpMuscleUv { get; init; }

    /// <summary>Movement / muscle-artefact bursts per minute, 0–10.</summary>
    public double MovementBurstsPerMinute { get; init; }

    /// <summary>
    /// Pathology modifiers active in this epoch (focal slowing, asymmetry, …). Equal modifiers in
    /// consecutive epochs are rendered as one continuous source.
    /// </summary>
    public IReadOnlyList<EegModifier> Modifiers { get; init; } = [];

    /// <summary>Throws when a field is out of its documented range or not finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        Check(BackgroundUv, 50, nameof(BackgroundUv)); Check(AlphaUv, 60, nameof(AlphaUv));
        Check(ThetaUv, 60, nameof(ThetaUv)); Check(DeltaUv, 120, nameof(DeltaUv)); Check(BetaUv, 20, nameof(BetaUv));
        Check(SpindlesPerMinute, 15, nameof(SpindlesPerMinute)); Check(SpindleUv, 80, nameof(SpindleUv));
        Check(KComplexesPerMinute, 6, nameof(KComplexesPerMinute)); Check(KComplexUv, 250, nameof(KComplexUv));
        Check(VertexWavesPerMinute, 10, nameof(VertexWavesPerMinute)); Check(SawtoothBurstsPerMinute, 10, nameof(SawtoothBurstsPerMinute));
        Check(BlinksPerMinute, 40, nameof(BlinksPerMinute)); Check(SlowEyeMovementsPerMinute, 6, nameof(SlowEyeMovementsPerMinute));
        Check(RapidEyeMovementsPerMinute, 60, nameof(RapidEyeMovementsPerMinute)); Check(SaccadeUv, 400, nameof(SaccadeUv));
        Check(ChinEmgUv, 100, nameof(ChinEmgUv)); Check(TwitchesPerMinute, 30, nameof(TwitchesPerMinute));
        Check(ScalpMuscleUv, 40, nameof(ScalpMuscleUv)); Check(MovementBurstsPerMinute, 10, nameof(MovementBurstsPerMinute));
        ArgumentNullException.ThrowIfNull(Modifiers);
    }

    static void Check(double value, double max, string name)
    {
        if (!(value >= 0 && value <= max))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [0, {max}].");
    }
}
