namespace SleepFM.Channels;

/// <summary>
/// Everything the pipeline needs to know about one channel: its parsed label, its modality and why,
/// and its head position (or why it has none). Built by <see cref="ChannelCatalog.Describe(IEnumerable{string})"/>.
/// </summary>
/// <param name="Label">The parsed label (raw text, normalised name, kind, electrodes).</param>
/// <param name="Modality">The modality the channel feeds.</param>
/// <param name="ModalityReason">The rule that chose the modality, e.g. <c>alias 'chest' in RESP table</c>.</param>
/// <param name="Position">Unit-sphere position for the channel positional encoding, or null.</param>
/// <param name="PositionWarning">Why a brain-activity channel has no position; null when it has one or is not EEG/EOG.</param>
public sealed record ChannelInfo(
    ChannelLabel Label, Modality Modality, string ModalityReason, ElectrodePosition? Position, string? PositionWarning)
{
    /// <summary>The label exactly as recorded.</summary>
    public string RawLabel => Label.Raw;

    /// <summary>The normalised name (<c>Fp1</c>, <c>C3-A2</c>, <c>ECG II</c>).</summary>
    public string Name => Label.Name;

    /// <summary>Referential, bipolar, compound, unspecified EEG or non-EEG.</summary>
    public ChannelKind Kind => Label.Kind;

    /// <summary>One line for <c>sleepfm inspect</c>: raw label, name, kind, modality, reason, position or warning.</summary>
    public override string ToString()
    {
        var place = Position is { } p
            ? FormattableString.Invariant($"at ({p.X:F3}, {p.Y:F3}, {p.Z:F3})")
            : PositionWarning is null ? "no position (not EEG)" : "no position";
        return $"'{RawLabel}' → {Name} [{Kind}] {Modality} ({ModalityReason}); {place}";
    }
}
