namespace SleepFM.Tasks;

/// <summary>Which kind of recording a downstream task uses.</summary>
public enum SignalFamily
{
    /// <summary>Scalp EEG (clinical, paediatric or portable).</summary>
    Eeg,
    /// <summary>12-lead ECG.</summary>
    Ecg,
}
