using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>What <see cref="PrepareRunner"/> converts, where to, and how.</summary>
public sealed record PrepareOptions
{
    /// <summary>The dataset recipe (<see cref="DatasetRecipes.Create(string)"/>).</summary>
    public required IDatasetRecipe Recipe { get; init; }

    /// <summary>The dataset's root folder as distributed.</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The prepared dataset's folder (created if missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Recordings converted at once, ≥ 1; default = processor count.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Part of the file list this run handles (<c>--shard i/n</c>).</summary>
    public PartitionSpec Partition { get; init; } = PartitionSpec.All;

    /// <summary>Sample type on disk; float16 by default (see <see cref="ShardPrecision"/>).</summary>
    public ShardPrecision Precision { get; init; } = ShardPrecision.Float16;

    /// <summary>Subject-split settings (SPEC §1 defaults).</summary>
    public SplitSettings Splits { get; init; } = SplitSettings.Paper;

    /// <summary>Skip conversion and only rebuild index.csv, splits.csv and dataset.json from the manifests present (after an array job).</summary>
    public bool IndexOnly { get; init; }
}
