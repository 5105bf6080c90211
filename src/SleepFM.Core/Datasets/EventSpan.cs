namespace SleepFM.Datasets;

/// <summary>An annotated event (TUEV-style): a class on one channel (or all) over a time span.</summary>
/// <param name="Channel">Channel label the event was marked on, or null for the whole montage.</param>
/// <param name="StartSeconds">Onset, seconds from the first sample.</param>
/// <param name="EndSeconds">End, seconds; ≥ <paramref name="StartSeconds"/>.</param>
/// <param name="Label">Class index.</param>
public sealed record EventSpan(string? Channel, double StartSeconds, double EndSeconds, int Label);
