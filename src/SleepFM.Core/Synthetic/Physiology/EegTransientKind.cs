namespace SleepFM.Synthetic.Physiology;

/// <summary>The kinds of transient EEG/EOG events the synthesizer places (and reports).</summary>
public enum EegTransientKind
{
    /// <summary>Sleep spindle: 11–16 Hz, 0.5–2 s, centro-parietal.</summary>
    Spindle,
    /// <summary>K-complex: sharp negative then slow positive wave, frontal-central, ~1 s.</summary>
    KComplex,
    /// <summary>Vertex sharp wave (N1), central.</summary>
    VertexWave,
    /// <summary>Burst of 2–5 Hz sawtooth waves (REM), central.</summary>
    SawtoothBurst,
    /// <summary>Blink: vertical eye source, largest at Fp1/Fp2 and the EOG electrodes.</summary>
    Blink,
    /// <summary>Slow rolling eye movement (N1, drowsiness), horizontal.</summary>
    SlowEyeMovement,
    /// <summary>Saccade / rapid eye movement (wake, REM).</summary>
    Saccade,
    /// <summary>Movement / scalp-muscle burst (high-frequency, temporal-frontal).</summary>
    MovementBurst,
    /// <summary>Electrode pop: a step with exponential recovery on one electrode.</summary>
    ElectrodePop,
    /// <summary>Arousal rhythm: a 3–15 s run of alpha (posterior) or beta (frontal) with a flat top, the EEG part of an <see cref="Arousal"/>.</summary>
    ArousalRhythm,
}
