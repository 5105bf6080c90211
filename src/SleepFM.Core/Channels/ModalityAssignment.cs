namespace SleepFM.Channels;

/// <summary>The modality a channel label was assigned to, and the rule that decided it.</summary>
/// <param name="Modality">The assigned modality.</param>
/// <param name="Reason">
/// Human-readable justification, e.g. <c>10-05 electrode 'C3' → BAS</c> or
/// <c>alias 'chest' in RESP table</c>; shown by <c>sleepfm inspect</c> so a wrong assignment can be traced.
/// </param>
public sealed record ModalityAssignment(Modality Modality, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Modality} ({Reason})";
}
