namespace SleepFM.Channels;

/// <summary>
/// Assigns a channel label to a SleepFM modality by rules, not by a per-cohort lookup table:
/// <list type="number">
/// <item>a curated keyword table for non-brain channels (ECG/EKG leads, chin/leg/arm EMG, airflow,
/// effort belts, oximetry, snore), tried first so <c>EKG_L-Cz</c> or <c>Chin_L-Cz</c> are not read as EEG;</item>
/// <item>any label that parses into 10-05 electrodes, ear/mastoid references or eye electrodes
/// (<see cref="ChannelLabel.Parse"/>) is <see cref="Modality.BAS"/>, as are generic <c>EEG</c>/<c>EOG</c> labels;</item>
/// <item>everything else is <see cref="Modality.Other"/>.</item>
/// </list>
/// Every answer carries the rule that produced it. On SleepFM's own list of real cohort labels the
/// rules agree on ≥ 97% per group; the known disagreements are labels SleepFM filed under EMG
/// although they are respiratory (<c>RIP Abd</c>, <c>RIP Tho</c>, <c>Pressur</c>, <c>Pleth</c>).
/// </summary>
public static class ModalityClassifier
{
    /// <summary>Classifies a raw label such as <c>EEG C3-A2</c>, <c>ECG II</c> or <c>Chest</c>.</summary>
    /// <param name="rawLabel">The label as recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rawLabel"/> is null.</exception>
    public static ModalityAssignment Classify(string rawLabel) => Classify(ChannelLabel.Parse(rawLabel));

    /// <summary>Classifies an already parsed label.</summary>
    /// <param name="label">A label from <see cref="ChannelLabel.Parse"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public static ModalityAssignment Classify(ChannelLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        switch (label.Kind)
        {
            case ChannelKind.NonEeg:
                if (NonEegAliases.TryMatch(label.Name, out var modality, out var alias))
                    return new ModalityAssignment(modality, $"alias '{alias}' in {modality} table");
                return new ModalityAssignment(Modality.Other,
                    $"no alias or electrode rule matches '{label.Name}' → Other");
            case ChannelKind.UnspecifiedEeg:
                return new ModalityAssignment(Modality.BAS, $"generic EEG/EOG label '{label.Name}' → BAS");
            case ChannelKind.Referential:
                return new ModalityAssignment(Modality.BAS, $"{Describe(label.Electrodes[0])} '{label.Name}' → BAS");
            case ChannelKind.Bipolar:
                return new ModalityAssignment(Modality.BAS,
                    $"bipolar derivation of {Describe(label.Electrodes[0])} '{label.Electrodes[0]}' " +
                    $"and {Describe(label.Electrodes[1])} '{label.Electrodes[1]}' → BAS");
            default:
                return new ModalityAssignment(Modality.BAS,
                    $"compound derivation of {label.Electrodes.Count} electrodes '{label.Name}' → BAS");
        }
    }

    static string Describe(string electrode) => ElectrodeNames.CategoryOf(electrode) switch
    {
        ElectrodeCategory.Site1005 => "10-05 electrode",
        ElectrodeCategory.OldTemporal => "10-20 electrode",
        ElectrodeCategory.EarReference => "ear/mastoid electrode",
        _ => "EOG electrode",
    };
}
