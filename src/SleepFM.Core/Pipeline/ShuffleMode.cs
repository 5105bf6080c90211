namespace SleepFM.Pipeline;

/// <summary>How <see cref="WindowBatchLoader"/> orders windows within an epoch.</summary>
public enum ShuffleMode
{
    /// <summary>Index order (recording, then time): for evaluation.</summary>
    None,
    /// <summary>A seeded permutation of every selected window; each window is then read at random (one read per window).</summary>
    Global,
    /// <summary>
    /// Shards in seeded random order, each read front to back, through a shuffle buffer of
    /// <see cref="BatchLoaderOptions.ShuffleBufferWindows"/> windows (as tf.data/WebDataset do): reads stay mostly
    /// sequential, at the price of a less thorough shuffle.
    /// </summary>
    ShardBuffered,
}
