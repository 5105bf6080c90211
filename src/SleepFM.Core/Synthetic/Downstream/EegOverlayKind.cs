namespace SleepFM.Synthetic.Downstream;

/// <summary>The wake-EEG findings the downstream generators draw on top of the shared background physiology.</summary>
internal enum EegOverlayKind
{
    /// <summary>Spike-and-slow-wave complexes (a sharp 20–70 ms negative spike, then a 200–300 ms slow wave).</summary>
    SpikeWave,
    /// <summary>Periodic (triphasic) sharp discharges every 0.5–3 s: generalised (GPED) or lateralised (PLED) by the width of the field.</summary>
    PeriodicDischarges,
    /// <summary>Evolving rhythmic seizure discharge: frequency sweeps down, amplitude grows, the field spreads from a focus.</summary>
    Seizure,
    /// <summary>Runs of horizontal saccades with a vertical part: frontal, opposite polarity left/right.</summary>
    EyeMovements,
    /// <summary>Scalp-muscle (EMG) burst over the temporal muscles, optionally rhythmic (chewing).</summary>
    Muscle,
    /// <summary>Electrode artefact on one electrode: pops or a slow swing.</summary>
    Electrode,
}
