namespace SleepFM.Synthetic;

/// <summary>Progress of a generation run, reported after each night.</summary>
/// <param name="Completed">Nights done (written or skipped).</param>
/// <param name="Total">Nights in the run.</param>
/// <param name="SubjectId">The night just finished.</param>
/// <param name="Skipped">True when its files already existed.</param>
public sealed record SynthesisProgress(int Completed, int Total, string SubjectId, bool Skipped);
