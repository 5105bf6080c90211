using SleepFM.Channels;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>One channel of a cohort's montage, as it will appear in the EDF header.</summary>
/// <param name="Label">EDF label (≤ 16 ASCII characters), a real alias from SleepFM's channel groups.</param>
/// <param name="Source">The generator.</param>
/// <param name="SampleRateHz">Samples per second (whole number: the files use 1-s records).</param>
/// <param name="Unit">Physical dimension: uV, mV, %, L/s, cmH2O.</param>
/// <param name="PhysicalMin">Physical minimum written to the header (values beyond are clipped).</param>
/// <param name="PhysicalMax">Physical maximum.</param>
/// <param name="ExpectedModality">The SleepFM modality this label must classify to (checked by the tests).</param>
/// <param name="Derivation">For <see cref="SignalSource.Eeg"/>: the electrodes, e.g. <c>C4-M1</c>.</param>
/// <param name="Lead">For <see cref="SignalSource.Ecg"/>: the lead.</param>
public sealed record CohortChannel(
    string Label,
    SignalSource Source,
    int SampleRateHz,
    string Unit,
    double PhysicalMin,
    double PhysicalMax,
    Modality ExpectedModality,
    string? Derivation = null,
    EcgLead? Lead = null)
{
    /// <summary>An EEG/EOG channel in µV (±500 µV, EOG ±1000 µV).</summary>
    public static CohortChannel Eeg(string label, string derivation, int rateHz, bool eog = false) =>
        new(label, SignalSource.Eeg, rateHz, "uV", eog ? -1000 : -500, eog ? 1000 : 500, Modality.BAS, derivation);

    /// <summary>An ECG lead in mV (±5 mV).</summary>
    public static CohortChannel Ecg(string label, EcgLead lead, int rateHz) =>
        new(label, SignalSource.Ecg, rateHz, "mV", -5, 5, Modality.ECG, Lead: lead);

    /// <summary>An EMG channel in µV (±500 µV).</summary>
    public static CohortChannel Emg(string label, SignalSource source, int rateHz) =>
        new(label, source, rateHz, "uV", -500, 500, Modality.EMG);

    /// <summary>A respiratory channel with its conventional unit and range.</summary>
    public static CohortChannel Respiratory(string label, SignalSource source, int rateHz) => source switch
    {
        SignalSource.Airflow => new(label, source, rateHz, "L/s", -2, 2, Modality.RESP),
        SignalSource.NasalPressure => new(label, source, rateHz, "cmH2O", -10, 10, Modality.RESP),
        SignalSource.Thorax or SignalSource.Abdomen => new(label, source, rateHz, "mV", -5, 5, Modality.RESP),
        SignalSource.SpO2 => new(label, source, rateHz, "%", 0, 100, Modality.RESP),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a respiratory source."),
    };
}
