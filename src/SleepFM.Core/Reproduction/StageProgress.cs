namespace SleepFM.Reproduction;

/// <summary>Progress of one reproduction stage.</summary>
/// <param name="Done">Units finished (recordings, steps, runs, subsets).</param>
/// <param name="Total">Units in the stage.</param>
/// <param name="Detail">What is happening now, e.g. "pt seed 2 epoch 3 val loss 0.512".</param>
public sealed record StageProgress(long Done, long Total, string? Detail = null);
