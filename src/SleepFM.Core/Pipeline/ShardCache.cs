using SleepFM.Channels;

namespace SleepFM.Pipeline;

/// <summary>Open shards, least recently used closed first; one per enumeration, used by one thread at a time.</summary>
internal sealed class ShardCache : IDisposable
{
    readonly PreparedDataset dataset;
    readonly int capacity;
    readonly Dictionary<string, LinkedListNode<Entry>> open = new(StringComparer.Ordinal);
    readonly LinkedList<Entry> recency = new();

    public ShardCache(PreparedDataset dataset, int capacity)
    {
        this.dataset = dataset;
        this.capacity = capacity;
    }

    public sealed class Entry(string key, ShardReader reader)
    {
        public string Key { get; } = key;

        public ShardReader Reader { get; } = reader;

        // Channel indices of each modality, in storage order, so grouping needs no per-window lookups.
        public Dictionary<Modality, int[]> ByModality { get; } = reader.ChannelModalities
            .Select((m, i) => (m, i)).GroupBy(p => p.m).ToDictionary(g => g.Key, g => g.Select(p => p.i).ToArray());
    }

    public Entry Get(string shard)
    {
        if (open.TryGetValue(shard, out var node))
        {
            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value;
        }
        var reader = ShardReader.Open(dataset.ShardPath(shard));
        if (reader.WindowSamples != dataset.Info.WindowSamples || reader.Precision != dataset.Info.Precision)
        {
            reader.Dispose();
            throw new IO.Hdf5.Hdf5FormatException(dataset.ShardPath(shard), $"dataset '{ShardLayout.Signals}'", null,
                $"holds {reader.Precision} windows of {reader.WindowSamples} samples; dataset.json says {dataset.Info.Dtype} windows of {dataset.Info.WindowSamples}");
        }
        if (open.Count >= capacity)
        {
            var last = recency.Last!;
            recency.RemoveLast();
            open.Remove(last.Value.Key);
            last.Value.Reader.Dispose();
        }
        var added = recency.AddFirst(new Entry(shard, reader));
        open[shard] = added;
        return added.Value;
    }

    public void Dispose()
    {
        foreach (var e in recency) e.Reader.Dispose();
        recency.Clear();
        open.Clear();
    }
}
