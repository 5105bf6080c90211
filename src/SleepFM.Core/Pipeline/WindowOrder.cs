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
}
