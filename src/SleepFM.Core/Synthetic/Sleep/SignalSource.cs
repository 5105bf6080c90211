namespace SleepFM.Synthetic.Sleep;

/// <summary>Which generator produces a cohort channel.</summary>
public enum SignalSource
{
    /// <summary>EEG or EOG derivation from the electrode model (<see cref="CohortChannel.Derivation"/>).</summary>
    Eeg,
    /// <summary>One ECG lead (<see cref="CohortChannel.Lead"/>).</summary>
    Ecg,
    /// <summary>Chin (submental) EMG.</summary>
    ChinEmg,
    /// <summary>Left leg (anterior tibialis) EMG.</summary>
    LeftLegEmg,
    /// <summary>Right leg EMG.</summary>
    RightLegEmg,
    /// <summary>Oro-nasal thermal airflow.</summary>
    Airflow,
    /// <summary>Nasal pressure cannula.</summary>
    NasalPressure,
    /// <summary>Thoracic effort belt.</summary>
    Thorax,
    /// <summary>Abdominal effort belt.</summary>
    Abdomen,
    /// <summary>Pulse oximetry saturation.</summary>
    SpO2,
}
