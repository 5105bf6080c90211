namespace SleepFM.Channels;

/// <summary>
/// The outcome of placing one channel on the head. Exactly one of the two is usually set: a position,
/// or a warning saying why there is none (that channel then gets no positional encoding).
/// Non-EEG channels get neither: the positional encoding does not apply to them.
/// </summary>
/// <param name="Position">The 3-D position, or null when unknown or not applicable.</param>
/// <param name="Warning">Why an EEG/EOG channel has no position; null otherwise. Returned, never logged.</param>
public sealed record PositionLookup(ElectrodePosition? Position, string? Warning)
{
    /// <summary>True when a position was found.</summary>
    public bool HasPosition => Position.HasValue;
}
