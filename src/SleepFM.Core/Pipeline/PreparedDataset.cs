using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// A prepared folder opened for reading: <c>dataset.json</c>, <c>index.csv</c> and <c>splits.csv</c>. Holds only the
/// index (tens of bytes per window); samples stay in the shards until a loader reads them.
/// </summary>
public sealed class PreparedDataset
{
    PreparedDataset(string directory, PreparedDatasetInfo info, IReadOnlyList<IndexedWindow> windows, IReadOnlyDictionary<string, DataSplit> splits)
    {
        Directory = directory;
        Info = info;
        Windows = windows;
        Splits = splits;
    }

    /// <summary>The prepared folder.</summary>
    public string Directory { get; }
    /// <summary>dataset.json.</summary>
    public PreparedDatasetInfo Info { get; }
    /// <summary>Every window, in index order.</summary>
    public IReadOnlyList<IndexedWindow> Windows { get; }
    /// <summary>Each subject's split.</summary>
    public IReadOnlyDictionary<string, DataSplit> Splits { get; }

    /// <summary>Opens a folder written by <see cref="PrepareRunner"/>.</summary>
    /// <exception cref="FileNotFoundException">dataset.json or index.csv is missing (the folder is not prepared).</exception>
    /// <exception cref="DatasetLayoutException">A metadata file is malformed, or of another layout version.</exception>
    public static PreparedDataset Open(string directory)
    {
        string infoPath = Path.Combine(directory, PreparedDatasetInfo.FileName);
        if (!File.Exists(infoPath)) throw new FileNotFoundException($"{infoPath} is missing; run 'sleepfm prepare' first.", infoPath);
        var info = PipelineJson.TryRead<PreparedDatasetInfo>(infoPath) ?? throw new DatasetLayoutException(infoPath, "is not a valid dataset.json");
        if (info.FormatVersion != ShardLayout.FormatVersion)
            throw new DatasetLayoutException(infoPath, $"has format version {info.FormatVersion}; this build reads {ShardLayout.FormatVersion}. Prepare the dataset again");
        string indexPath = Path.Combine(directory, DatasetIndex.FileName);
        if (!File.Exists(indexPath)) throw new FileNotFoundException($"{indexPath} is missing; run 'sleepfm prepare' first.", indexPath);
        var windows = DatasetIndex.Read(indexPath);
        string splitsPath = Path.Combine(directory, SubjectSplits.FileName);
        var splits = File.Exists(splitsPath) ? SubjectSplits.Read(splitsPath) : new Dictionary<string, DataSplit>();
        return new PreparedDataset(Path.GetFullPath(directory), info, windows, splits);
    }

    /// <summary>Windows of one split (or all, for null), in index order.</summary>
    public IReadOnlyList<IndexedWindow> Select(DataSplit? split) =>
        split is { } s ? Windows.Where(w => w.Split == s).ToList() : Windows;

    /// <summary>Full path of a shard named in the index.</summary>
    public string ShardPath(string shard) => Path.Combine(Directory, ShardLayout.ShardFolder, shard);
}
