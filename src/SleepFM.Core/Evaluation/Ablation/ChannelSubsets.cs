using SleepFM.Channels;

namespace SleepFM.Evaluation.Ablation;

/// <summary>Draws the channel subsets of an ablation sweep, reproducibly from a seed.</summary>
public static class ChannelSubsets
{
    /// <summary>
    /// For k = 1 … C, <paramref name="perSize"/> subsets of channel indices (sorted). k = C has a single
    /// subset (the full montage); sizes with fewer distinct subsets than asked give all of them.
    /// </summary>
    public static IReadOnlyList<(int K, int[] Indices)> Draw(IReadOnlyList<string> channelNames, int perSize, SubsetStrategy strategy, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSize, 1);
        int c = channelNames.Count;
        var random = new Random(seed);
        var regions = channelNames.Select(Region).ToArray();
        var result = new List<(int, int[])>();
        for (int k = 1; k <= c; k++)
        {
            var seen = new HashSet<string>();
            int attempts = 0;
            while (seen.Count < Math.Min(perSize, Binomial(c, k)) && attempts++ < perSize * 50)
            {
                var subset = strategy == SubsetStrategy.Region ? ByRegion(regions, k, random) : Sample(c, k, random);
                if (seen.Add(string.Join(",", subset))) result.Add((k, subset));
            }
        }
        return result;
    }

    static int[] Sample(int c, int k, Random random)
    {
        var order = Enumerable.Range(0, c).ToArray();
        random.Shuffle(order);
        return order.Take(k).Order().ToArray();
    }

    static int[] ByRegion(string[] regions, int k, Random random)
    {
        var names = regions.Distinct().ToArray();
        random.Shuffle(names);
        var picked = new List<int>();
        foreach (var region in names)
        {
            var members = Enumerable.Range(0, regions.Length).Where(i => regions[i] == region).ToArray();
            random.Shuffle(members);
            picked.AddRange(members.Take(k - picked.Count));
            if (picked.Count == k) break;
        }
        return picked.Order().ToArray();
    }

    /// <summary>The scalp region of a channel from its first electrode's 10-05 name: frontal, central, temporal, parietal, occipital or other.</summary>
    public static string Region(string channelName)
    {
        var label = ChannelLabel.Parse(channelName);
        var electrode = label.Electrode1 ?? label.Name;
        var e = electrode.ToUpperInvariant();
        if (e.StartsWith("FP", StringComparison.Ordinal) || e.StartsWith("AF", StringComparison.Ordinal) || e.StartsWith('F')) return e.StartsWith("FT", StringComparison.Ordinal) ? "temporal" : "frontal";
        if (e.StartsWith("T", StringComparison.Ordinal)) return "temporal";
        if (e.StartsWith("C", StringComparison.Ordinal)) return "central";
        if (e.StartsWith("P", StringComparison.Ordinal)) return e.StartsWith("PO", StringComparison.Ordinal) ? "occipital" : "parietal";
        if (e.StartsWith("O", StringComparison.Ordinal) || e.StartsWith("I", StringComparison.Ordinal)) return "occipital";
        return "other";
    }

    static double Binomial(int n, int k)
    {
        double r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
