namespace SleepFM.Pipeline;

/// <summary>The order in which an epoch visits windows (positions into the selected window list).</summary>
public static class WindowOrder
{
    /// <summary>Builds one epoch's order.</summary>
    /// <param name="shards">Shard name of each selected window, in index order.</param>
    /// <param name="mode">Shuffle mode.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="epoch">Epoch number, ≥ 0.</param>
    /// <param name="bufferWindows">Shuffle buffer for <see cref="ShuffleMode.ShardBuffered"/>.</param>
    /// <returns>A permutation of 0…n−1.</returns>
    public static int[] Build(IReadOnlyList<string> shards, ShuffleMode mode, int seed, int epoch, int bufferWindows)
    {
        int n = shards.Count;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        if (mode == ShuffleMode.None || n < 2) return order;
        var rng = new Random(unchecked(seed * 1_000_003 + epoch * 7919 + 17));
        if (mode == ShuffleMode.Global)
        {
            rng.Shuffle(order);
            return order;
        }
        var byShard = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shardOrder = new List<string>();
        for (int i = 0; i < n; i++)
        {
            if (!byShard.TryGetValue(shards[i], out var list)) { byShard[shards[i]] = list = []; shardOrder.Add(shards[i]); }
            list.Add(i);
        }
        var shuffledShards = shardOrder.ToArray();
        rng.Shuffle(shuffledShards);
        var buffer = new List<int>(Math.Min(bufferWindows, n));
        int k = 0;
        foreach (var shard in shuffledShards)
            foreach (int i in byShard[shard])
            {
                if (buffer.Count < bufferWindows) { buffer.Add(i); continue; }
                int pick = rng.Next(buffer.Count);
                order[k++] = buffer[pick];
                buffer[pick] = i;
            }
        while (buffer.Count > 0)
        {
            int pick = rng.Next(buffer.Count);
            order[k++] = buffer[pick];
            buffer[pick] = buffer[^1];
            buffer.RemoveAt(buffer.Count - 1);
        }
        return order;
    }

    /// <summary>
    /// Builds one epoch's order in which every batch holds windows of a single group (e.g. one montage): each
    /// group's windows are shuffled and cut into whole batches, and those batches are visited in a shuffled order.
    /// The few windows left over from each group (fewer than a batch) are shuffled together and come last, so
    /// nothing is dropped; at most one batch per group is mixed.
    /// </summary>
    /// <param name="groups">Group key of each selected window, in index order.</param>
    /// <param name="batchSize">Windows per batch, ≥ 1.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="epoch">Epoch number, ≥ 0.</param>
    /// <returns>A permutation of 0…n−1.</returns>
    public static int[] BuildGrouped(IReadOnlyList<string> groups, int batchSize, int seed, int epoch)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var rng = new Random(unchecked(seed * 1_000_003 + epoch * 7919 + 17));
        var blocks = new List<int[]>();
        var leftover = new List<int>();
        // Keys in ordinal order, so the result depends only on the keys and the seed.
        foreach (var group in Enumerable.Range(0, groups.Count).GroupBy(i => groups[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            rng.Shuffle(members);
            int whole = members.Length / batchSize;
            for (int b = 0; b < whole; b++) blocks.Add(members[(b * batchSize)..((b + 1) * batchSize)]);
            leftover.AddRange(members[(whole * batchSize)..]);
        }
        var blockOrder = blocks.ToArray();
        rng.Shuffle(blockOrder);
        var tail = leftover.ToArray();
        rng.Shuffle(tail);
        return [.. blockOrder.SelectMany(b => b), .. tail];
    }
}
