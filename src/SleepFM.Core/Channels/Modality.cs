namespace SleepFM.Channels;

/// <summary>
/// The signal groups SleepFM pretrains on. Each modality is encoded as its own channel set, and the
/// leave-one-out contrastive loss pairs them. Member names follow the paper (and SleepFM's json keys).
/// </summary>
public enum Modality
{
    /// <summary>Brain activity: EEG plus EOG (SleepFM puts eye channels with the brain channels).</summary>
    BAS,
    /// <summary>Electrocardiogram leads (SleepFM's json calls the group <c>EKG</c>).</summary>
    ECG,
    /// <summary>Respiration: airflow, thoracic and abdominal effort, snore, oximetry (SpO2, pleth, pulse).</summary>
    RESP,
    /// <summary>Electromyogram: chin, legs, arms, masseter.</summary>
    EMG,
    /// <summary>Anything else (annotations, body position, light, unrecognised labels); never fed to the encoder.</summary>
    Other,
}
