namespace SleepFM.Pipeline;

/// <summary>
/// How samples are stored in a shard. Batches are float32 either way.
/// </summary>
/// <remarks>
/// Float16 (IEEE binary16, the default) halves disk and page-cache use. Stored data is normalised (z-scored, or
/// clipped to ±5 after ÷10 µV), so values are O(1): rounding to nearest gives a relative error ≤ 2^-11 (≈ 4.9e-4)
/// for |x| ≥ 2^-14, and an absolute error ≤ 2^-25 below that; the largest finite value is 65504 (a z-score that
/// large saturates to ±65504 instead of becoming infinity). Choose Float32 for exact preprocessing output.
/// </remarks>
public enum ShardPrecision
{
    /// <summary>IEEE half precision, 2 bytes per sample.</summary>
    Float16,
    /// <summary>IEEE single precision, 4 bytes per sample.</summary>
    Float32,
}
