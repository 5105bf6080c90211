namespace SleepFM.Channels;

/// <summary>
/// SleepFM's cap on channels per modality in one pretraining clip: BAS 10, RESP 7, ECG 2, EMG 4.
/// Recordings with more channels of a modality keep the first ones (in file order) up to the cap;
/// the set encoder pads and masks recordings with fewer.
/// </summary>
public static class ModalityLimits
{
    /// <summary>At most 10 brain-activity (EEG + EOG) channels per clip.</summary>
    public const int Bas = 10;

    /// <summary>At most 7 respiratory channels per clip.</summary>
    public const int Resp = 7;

    /// <summary>At most 2 ECG leads per clip.</summary>
    public const int Ecg = 2;

    /// <summary>At most 4 EMG channels per clip.</summary>
    public const int Emg = 4;

    /// <summary>The four modalities SleepFM pretrains on, in the paper's order (BAS, ECG, RESP, EMG).</summary>
    public static IReadOnlyList<Modality> PretrainingModalities { get; } =
        [Modality.BAS, Modality.ECG, Modality.RESP, Modality.EMG];

    /// <summary>The channel cap of a modality; 0 for <see cref="Modality.Other"/>, which is never encoded.</summary>
    /// <param name="modality">Any modality.</param>
    /// <returns>Maximum channels per clip, 0–10.</returns>
    public static int MaxChannels(Modality modality) => modality switch
    {
        Modality.BAS => Bas,
        Modality.RESP => Resp,
        Modality.ECG => Ecg,
        Modality.EMG => Emg,
        _ => 0,
    };
}
