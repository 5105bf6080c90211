namespace SleepFM.Pipeline;

/// <summary>What <see cref="DatasetPreparation.PreparedOrPrepare"/> did.</summary>
/// <param name="Directory">The prepared folder: the given one when it was prepared already, otherwise the output folder.</param>
/// <param name="Report">The preparation run, or null when an existing prepared folder was used as is.</param>
public sealed record PreparationOutcome(string Directory, PrepareReport? Report)
{
    /// <summary>Recordings this call could not prepare (also listed in failures.csv); empty when nothing was prepared.</summary>
    public IReadOnlyList<PrepareFailure> Failures => Report?.Failures ?? [];
}
