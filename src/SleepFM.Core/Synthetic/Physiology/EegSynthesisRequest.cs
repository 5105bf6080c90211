namespace SleepFM.Synthetic.Physiology;

/// <summary>What <see cref="EegSynthesizer.Generate"/> renders: channels, rate, and one <see cref="BrainState"/> per epoch.</summary>
public sealed record EegSynthesisRequest
{
    /// <summary>Channels to output, in order (at least one).</summary>
    public required IReadOnlyList<EegDerivation> Derivations { get; init; }

    /// <summary>Output sample rate, Hz (64–2048).</summary>
    public required double SampleRateHz { get; init; }

    /// <summary>Seconds per entry of <see cref="Epochs"/> (&gt; 0; 30 for sleep scoring).</summary>
    public double EpochSeconds { get; init; } = 30;

    /// <summary>The state of each epoch, in time order; the recording lasts Epochs.Count × EpochSeconds.</summary>
    public required IReadOnlyList<BrainState> Epochs { get; init; }

    /// <summary>The subject's traits (alpha frequency, amplitude scales, noise, line frequency, artefact rate).</summary>
    public required SubjectProfile Subject { get; init; }

    /// <summary>Seconds of cross-fade around each epoch boundary (0–EpochSeconds/2); state changes are gradual in real EEG.</summary>
    public double TransitionSeconds { get; init; } = 2;

    /// <summary>Include electrode pops (the subject's <see cref="SubjectProfile.ArtefactsPerHour"/>) and slow electrode drift.</summary>
    public bool ElectrodeArtefacts { get; init; } = true;

    /// <summary>
    /// Arousals and body movements scheduled with the other modalities (sleep nights): each adds an alpha and a
    /// beta <see cref="EegTransientKind.ArousalRhythm"/>, scalp muscle, and in NREM sometimes a K-complex at onset;
    /// a body movement adds its <see cref="Arousal.MovementUv"/> of muscle artefact. Empty by default.
    /// </summary>
    public IReadOnlyList<Arousal> Arousals { get; init; } = [];

    /// <summary>Throws when the request cannot be rendered.</summary>
    /// <exception cref="ArgumentException">Empty or invalid fields.</exception>
    public void Validate()
    {
        if (Derivations is null || Derivations.Count == 0) throw new ArgumentException("At least one derivation is required.", nameof(Derivations));
        if (!(SampleRateHz >= 64 && SampleRateHz <= 2048)) throw new ArgumentOutOfRangeException(nameof(SampleRateHz), SampleRateHz, "Sample rate must lie in [64, 2048] Hz.");
        if (!(EpochSeconds > 0 && double.IsFinite(EpochSeconds))) throw new ArgumentOutOfRangeException(nameof(EpochSeconds), EpochSeconds, "Epoch length must be positive.");
        if (Epochs is null || Epochs.Count == 0) throw new ArgumentException("At least one epoch state is required.", nameof(Epochs));
        if (!(TransitionSeconds >= 0 && TransitionSeconds <= EpochSeconds / 2)) throw new ArgumentOutOfRangeException(nameof(TransitionSeconds), TransitionSeconds, "Transition must lie in [0, EpochSeconds/2].");
        ArgumentNullException.ThrowIfNull(Subject);
        ArgumentNullException.ThrowIfNull(Arousals);
        foreach (var state in Epochs) state.Validate();
    }
}
