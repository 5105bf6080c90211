using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>How <see cref="WindowBatchLoader"/> batches a prepared dataset.</summary>
public sealed record BatchLoaderOptions
{
    /// <summary>Windows per batch, ≥ 1.</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>Only windows of this split; null = all.</summary>
    public DataSplit? Split { get; init; }
    /// <summary>Window order (seeded).</summary>
    public ShuffleMode Shuffle { get; init; } = ShuffleMode.Global;
    /// <summary>Shuffle buffer for <see cref="ShuffleMode.ShardBuffered"/>, windows, ≥ 1.</summary>
    public int ShuffleBufferWindows { get; init; } = 2048;
    /// <summary>Seed; epoch e uses a generator seeded from (Seed, e), so every epoch differs and every run repeats.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>Drop a last batch smaller than <see cref="BatchSize"/>.</summary>
    public bool DropLast { get; init; }
    /// <summary>Batches each reader thread builds ahead, ≥ 0; 0 reads and builds on the caller's thread.</summary>
    public int PrefetchBatches { get; init; } = 2;
    /// <summary>Background reader threads when prefetching, ≥ 1; default 2 (or 1 on a single core).</summary>
    public int ReaderThreads { get; init; } = Math.Min(2, Environment.ProcessorCount);
    /// <summary>
    /// Pretraining mode: one tensor per modality (<see cref="WindowBatch.Modalities"/>) with its own mask and a
    /// presence matrix, instead of one flat [B, C, T] tensor.
    /// </summary>
    public bool GroupByModality { get; init; }
    /// <summary>
    /// When set, every batch holds windows with one key (see <see cref="WindowOrder.BuildGrouped"/>), e.g. the
    /// recording's montage, so a contrastive batch cannot be told apart by how it was recorded; the order is
    /// shuffled whatever <see cref="Shuffle"/> says. Null (default): batches mix freely.
    /// </summary>
    public Func<IndexedWindow, string>? BatchKey { get; init; }
    /// <summary>Shards kept open at once (least recently used are closed), ≥ 1.</summary>
    public int MaxOpenShards { get; init; } = 64;

    /// <summary>Checks the ranges; returns this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value outside its range, named.</exception>
    public BatchLoaderOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShuffleBufferWindows, 1, nameof(ShuffleBufferWindows));
        ArgumentOutOfRangeException.ThrowIfNegative(PrefetchBatches, nameof(PrefetchBatches));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReaderThreads, 1, nameof(ReaderThreads));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOpenShards, 1, nameof(MaxOpenShards));
        if (!Enum.IsDefined(Shuffle)) throw new ArgumentOutOfRangeException(nameof(Shuffle), Shuffle, "Unknown shuffle mode.");
        return this;
    }
}
