using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// A synthetic sleep cohort: its montage (labels, rates, units), age range and mains frequency. The
/// two built-in cohorts mimic real ones closely enough that the real loaders' alias tables, resampling
/// (128 → 128, 200 → 128, 256 → 128, 1/10/32 Hz respiration) and notch choices are all exercised.
/// </summary>
/// <param name="Name">Folder and subject-ID prefix, lower-case ASCII, e.g. <c>shhs-like</c>.</param>
/// <param name="Description">One line on what it imitates.</param>
/// <param name="Channels">The montage, in file order.</param>
/// <param name="MinAgeYears">Youngest subject.</param>
/// <param name="MaxAgeYears">Oldest subject.</param>
/// <param name="LineFrequencyHz">Mains frequency at the site, 50 or 60.</param>
public sealed record CohortDefinition(
    string Name,
    string Description,
    IReadOnlyList<CohortChannel> Channels,
    double MinAgeYears,
    double MaxAgeYears,
    double LineFrequencyHz)
{
    /// <summary>
    /// SHHS-like: two central EEGs against the contralateral ear (labels <c>EEG</c>, <c>EEG(sec)</c>),
    /// EOG, chin EMG and bipolar EEG at 128 Hz, ECG at 256 Hz, belts and airflow at 10 Hz, SaO2 at 1 Hz; 60 Hz mains; older adults.
    /// </summary>
    public static CohortDefinition ShhsLike { get; } = new(
        "shhs-like",
        "Community cohort, home PSG, minimal montage (Sleep Heart Health Study style labels)",
        [
            CohortChannel.Eeg("EEG", "C4-A1", 128),
            CohortChannel.Eeg("EEG(sec)", "C3-A2", 128),
            CohortChannel.Eeg("EOG(L)", "E1-A2", 128, eog: true),
            CohortChannel.Eeg("EOG(R)", "E2-A1", 128, eog: true),
            CohortChannel.Emg("EMG", SignalSource.ChinEmg, 128),
            CohortChannel.Ecg("ECG", EcgLead.II, 256),
            CohortChannel.Respiratory("THOR RES", SignalSource.Thorax, 10),
            CohortChannel.Respiratory("ABDO RES", SignalSource.Abdomen, 10),
            CohortChannel.Respiratory("AIRFLOW", SignalSource.Airflow, 10),
            CohortChannel.Respiratory("SaO2", SignalSource.SpO2, 1),
        ],
        40, 90, 60);

    /// <summary>
    /// Clinical-lab-like (Stanford/MrOS style AASM montage): six EEG against the contralateral mastoid,
    /// two EOG, chin, ECG and two legs at 200 Hz; airflow, nasal pressure and belts at 32 Hz; SpO2 at 1 Hz; 50 Hz mains.
    /// </summary>
    public static CohortDefinition ClinicalLike { get; } = new(
        "clinical-like",
        "Sleep-clinic PSG with the AASM recommended montage (Stanford/MrOS style labels)",
        [
            CohortChannel.Eeg("C3-M2", "C3-M2", 200),
            CohortChannel.Eeg("C4-M1", "C4-M1", 200),
            CohortChannel.Eeg("F3-M2", "F3-M2", 200),
            CohortChannel.Eeg("F4-M1", "F4-M1", 200),
            CohortChannel.Eeg("O1-M2", "O1-M2", 200),
            CohortChannel.Eeg("O2-M1", "O2-M1", 200),
            CohortChannel.Eeg("E1-M2", "E1-M2", 200, eog: true),
            CohortChannel.Eeg("E2-M2", "E2-M2", 200, eog: true),
            CohortChannel.Emg("Chin1-Chin2", SignalSource.ChinEmg, 200),
            CohortChannel.Ecg("ECG II", EcgLead.II, 200),
            CohortChannel.Emg("LLeg", SignalSource.LeftLegEmg, 200),
            CohortChannel.Emg("RLeg", SignalSource.RightLegEmg, 200),
            CohortChannel.Respiratory("Airflow", SignalSource.Airflow, 32),
            CohortChannel.Respiratory("Nasal Pressure", SignalSource.NasalPressure, 32),
            CohortChannel.Respiratory("Chest", SignalSource.Thorax, 32),
            CohortChannel.Respiratory("Abdomen", SignalSource.Abdomen, 32),
            CohortChannel.Respiratory("SpO2", SignalSource.SpO2, 1),
        ],
        20, 85, 50);

    /// <summary>The built-in cohorts.</summary>
    public static IReadOnlyList<CohortDefinition> BuiltIn { get; } = [ShhsLike, ClinicalLike];

    /// <summary>Throws when the definition cannot be synthesised or written.</summary>
    /// <exception cref="ArgumentException">Empty, duplicate or invalid channels; mixed EEG rates.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
        if (Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            throw new ArgumentException($"Cohort name '{Name}' must be ASCII letters, digits, '-' or '_' (it names folders).", nameof(Name));
        if (Channels is null || Channels.Count == 0) throw new ArgumentException("A cohort needs at least one channel.", nameof(Channels));
        if (Channels.Select(c => c.Label).Distinct(StringComparer.Ordinal).Count() != Channels.Count)
            throw new ArgumentException($"Cohort '{Name}' repeats a channel label.", nameof(Channels));
        foreach (var c in Channels)
        {
            if (c.Label.Length is 0 or > 16 || c.Label.Any(ch => ch < 32 || ch > 126))
                throw new ArgumentException($"Label '{c.Label}' must be 1–16 printable ASCII characters (EDF).", nameof(Channels));
            if (c.SampleRateHz is < 1 or > 4096) throw new ArgumentException($"'{c.Label}': rate {c.SampleRateHz} Hz is outside [1, 4096].", nameof(Channels));
            if (c.Source == SignalSource.Eeg && (c.Derivation is null || c.SampleRateHz < 64))
                throw new ArgumentException($"'{c.Label}': an EEG channel needs a derivation and ≥ 64 Hz.", nameof(Channels));
            if (c.Source == SignalSource.Ecg && (c.Lead is null || c.SampleRateHz < 50))
                throw new ArgumentException($"'{c.Label}': an ECG channel needs a lead and ≥ 50 Hz.", nameof(Channels));
            if (c.Source is SignalSource.ChinEmg or SignalSource.LeftLegEmg or SignalSource.RightLegEmg && c.SampleRateHz < 32)
                throw new ArgumentException($"'{c.Label}': an EMG channel needs ≥ 32 Hz.", nameof(Channels));
        }
        if (Channels.Where(c => c.Source == SignalSource.Eeg).Select(c => c.SampleRateHz).Distinct().Count() > 1)
            throw new ArgumentException($"Cohort '{Name}': all EEG/EOG channels must share one rate (they come from one electrode model).", nameof(Channels));
        if (LineFrequencyHz is not (50 or 60)) throw new ArgumentException($"Mains frequency {LineFrequencyHz} must be 50 or 60 Hz.", nameof(LineFrequencyHz));
        if (!(MinAgeYears >= 18 && MaxAgeYears <= 90 && MinAgeYears <= MaxAgeYears)) throw new ArgumentException("Ages must lie within [18, 90].", nameof(MinAgeYears));
    }
}
