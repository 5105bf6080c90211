using System.Globalization;

namespace SleepFM.Pipeline;

/// <summary>
/// <c>--shard i/n</c>: which part of the file list one process handles, so a cluster can run the conversion as an
/// array job. The recordings are sorted by id (ordinal) and dealt round-robin: partition i takes positions
/// i, i + n, i + 2n, … (0-based, 0 ≤ i &lt; n). Round-robin spreads cohorts and long nights evenly; every recording
/// belongs to exactly one partition.
/// </summary>
/// <param name="Index">0-based partition, 0 ≤ Index &lt; Count (Slurm: <c>$SLURM_ARRAY_TASK_ID</c> with <c>--array=0-(n-1)</c>).</param>
/// <param name="Count">Number of partitions, ≥ 1.</param>
public sealed record PartitionSpec(int Index, int Count)
{
    /// <summary>The whole list.</summary>
    public static PartitionSpec All { get; } = new(0, 1);

    /// <summary>Tag used in temporary and failure file names, e.g. <c>p2of8</c>.</summary>
    public string Tag => $"p{Index}of{Count}";

    /// <summary>Parses <c>i/n</c>.</summary>
    /// <exception cref="FormatException">Not two integers separated by '/', or i outside [0, n).</exception>
    public static PartitionSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || n < 1 || i >= n)
            throw new FormatException($"--shard '{text}' must be i/n with 0 ≤ i < n, e.g. 0/4 (0-based, as Slurm array task ids).");
        return new PartitionSpec(i, n);
    }

    /// <summary>This partition's items of a list already sorted by recording id.</summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> sorted)
    {
        if (Count < 1 || Index < 0 || Index >= Count) throw new InvalidOperationException($"Invalid partition {Index}/{Count}.");
        var result = new List<T>();
        for (int k = Index; k < sorted.Count; k += Count) result.Add(sorted[k]);
        return result;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
