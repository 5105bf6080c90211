using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// One synthetic night in memory, with its ground truth. <see cref="SyntheticRecordingWriter"/> turns it
/// into an EDF+ file plus CSVs.
/// </summary>
/// <param name="Cohort">The cohort it belongs to.</param>
/// <param name="Subject">The subject's traits.</param>
/// <param name="StartTime">Recording start (local clock time written to the EDF header).</param>
/// <param name="Hypnogram">The true stages.</param>
/// <param name="Signals">The channels, in montage order.</param>
/// <param name="Annotations">Stage runs, respiratory events, desaturations, arousals and leg movements, sorted by onset.</param>
/// <param name="RespiratoryEvents">The apneas and hypopneas.</param>
/// <param name="Desaturations">The SpO2 dips.</param>
/// <param name="BeatTimesSeconds">R-peak times.</param>
/// <param name="EegTransients">Spindles, K-complexes, eye movements, … placed by the EEG model.</param>
public sealed record SyntheticRecording(
    CohortDefinition Cohort,
    SubjectProfile Subject,
    DateTime StartTime,
    Hypnogram Hypnogram,
    IReadOnlyList<SyntheticSignal> Signals,
    IReadOnlyList<SyntheticAnnotation> Annotations,
    IReadOnlyList<RespiratoryEvent> RespiratoryEvents,
    IReadOnlyList<OxygenDesaturation> Desaturations,
    IReadOnlyList<double> BeatTimesSeconds,
    IReadOnlyList<EegTransient> EegTransients)
{
    /// <summary>Arousals and body movements, shared by EEG, EMG, heart rate and breathing (see <see cref="ArousalScheduler"/>).</summary>
    public IReadOnlyList<Arousal> Arousals { get; init; } = [];

    /// <summary>Periodic leg movements (leg EMG).</summary>
    public IReadOnlyList<LimbMovement> LimbMovements { get; init; } = [];

    /// <summary>The sleeper's conduction findings and beat template.</summary>
    internal SleepingHeart? Heart { get; init; }

    /// <summary>Length in seconds.</summary>
    public double DurationSeconds => Hypnogram.DurationSeconds;

    /// <summary>The signal with a label (ordinal match).</summary>
    /// <param name="label">An EDF label of the cohort.</param>
    /// <exception cref="KeyNotFoundException">No such label.</exception>
    public SyntheticSignal Signal(string label) =>
        Signals.FirstOrDefault(s => s.Channel.Label == label) ?? throw new KeyNotFoundException($"No channel '{label}' in cohort '{Cohort.Name}'.");
}
