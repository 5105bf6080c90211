using System.Globalization;
using SleepFM.Datasets.Recipes;
using SleepFM.Pipeline;
using SleepFM.Tasks;
using PipelineSplit = SleepFM.Datasets.DataSplit;

namespace SleepFM.Training.FineTuning;

/// <summary>
/// A prepared downstream folder (<c>sleepfm prepare --dataset tuab …</c>) as fine-tuning data: the subject splits of
/// <c>splits.csv</c>, batches streamed from the shards by <see cref="WindowBatchLoader"/>.
/// </summary>
/// <remarks>
/// <para>Training order is a pure function of (seed, epoch): a global permutation seeded by both. Evaluation reads a
/// split in index order (recording, then time). The task is <see cref="TaskCatalog"/>'s entry named like the recipe
/// (<see cref="Code15Recipe.Task"/> for <c>code15</c>), unless one is given; its class count must match the stored labels.</para>
/// <para>Batches: <c>Signal</c> [B, C, T] float32 with C = the dataset's widest channel set (the recipe's montage, so
/// slot k is the same channel in every batch), <c>ChannelMask</c> [B, C], <c>Positions</c> [B, C, 3], labels [B] int64 or
/// [B, L] float32. Sample ids are <c>recording@start_s</c>. Windows with an unknown label (−1) are the recipe's bug, not
/// filtered here: recipes drop them before they are stored.</para>
/// </remarks>
public sealed class PreparedDownstreamData : IDownstreamData
{
    readonly PreparedDataset dataset;
    readonly int batchSize;
    readonly int readerThreads;
    readonly Dictionary<long, double> startById;

    /// <summary>Opens a prepared folder.</summary>
    /// <param name="directory">Folder written by <see cref="PrepareRunner"/>.</param>
    /// <param name="batchSize">Windows per batch, ≥ 1 (the paper's EEG head uses 16).</param>
    /// <param name="task">The task, or null to look it up by the recipe name.</param>
    /// <param name="readerThreads">Background reader threads, ≥ 0 (0 = read on the caller's thread).</param>
    /// <exception cref="FileNotFoundException">The folder is not prepared.</exception>
    /// <exception cref="ArgumentException">No task is known for the recipe, its class count differs from the stored labels, or a window is unlabelled (−1).</exception>
    public PreparedDownstreamData(string directory, int batchSize = 16, DownstreamTask? task = null, int readerThreads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(readerThreads);
        dataset = PreparedDataset.Open(directory);
        this.batchSize = batchSize;
        this.readerThreads = readerThreads;
        startById = dataset.Windows.ToDictionary(w => w.WindowId, w => w.StartSeconds);
        Task = task ?? TaskFor(dataset.Info.Recipe);
        var labels = dataset.Info.Labels;
        bool multi = Task.Kind == TaskKind.Multilabel;
        if (labels.MultiLabel != multi || labels.ClassNames.Count != Task.Classes.Count)
            throw new ArgumentException($"{directory} stores {(labels.MultiLabel ? "multi" : "single")}-label classes [{string.Join(", ", labels.ClassNames)}]; " +
                $"task {Task.Id} wants [{string.Join(", ", Task.Classes)}].", nameof(task));
        var bad = dataset.Windows.FirstOrDefault(w => w.Labels.Length != labels.Width
            || (multi ? w.Labels.Any(l => l is not (0 or 1)) : w.Labels[0] < 0 || w.Labels[0] >= Task.Classes.Count));
        if (bad is not null)
            throw new ArgumentException($"{directory}: window {bad.WindowId} of {bad.RecordingId} has labels [{string.Join(", ", bad.Labels)}], " +
                $"not {(multi ? $"{Task.Classes.Count} flags of 0/1" : $"a class index in 0..{Task.Classes.Count - 1}")}; fine-tuning needs every window labelled.", nameof(directory));
        var train = dataset.Select(PipelineSplit.Train);
        TrainClassCounts = Enumerable.Range(0, Task.Classes.Count)
            .Select(k => train.Count(w => multi ? w.Labels[k] == 1 : w.Labels[0] == k)).ToList();
        TrainBatchesPerEpoch = (train.Count + batchSize - 1) / batchSize;
    }

    /// <summary>The opened prepared dataset (index, splits, dataset.json).</summary>
    public PreparedDataset Dataset => dataset;

    /// <inheritdoc />
    public DownstreamTask Task { get; }

    /// <inheritdoc />
    public int TrainBatchesPerEpoch { get; }

    /// <inheritdoc />
    public IReadOnlyList<int> TrainClassCounts { get; }

    /// <summary>Windows in one split.</summary>
    public int WindowCount(DataSplit split) => dataset.Select(ToPipeline(split)).Count;

    /// <inheritdoc />
    public IEnumerable<DownstreamBatch> TrainEpoch(long seed, int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        // The loader's seed is an int; fold the long seed so distinct seeds stay distinct in practice.
        int loaderSeed = unchecked((int)(seed ^ (seed >> 32)));
        return Stream(new BatchLoaderOptions { Split = PipelineSplit.Train, Shuffle = ShuffleMode.Global, Seed = loaderSeed }, epoch);
    }

    /// <inheritdoc />
    public IEnumerable<DownstreamBatch> Evaluate(DataSplit split) =>
        Stream(new BatchLoaderOptions { Split = ToPipeline(split), Shuffle = ShuffleMode.None }, 0);

    /// <summary>The task of a recipe name: <see cref="TaskCatalog.Get"/>, or <see cref="Code15Recipe.Task"/> for <c>code15</c>.</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static DownstreamTask TaskFor(string recipe) =>
        string.Equals(recipe, Code15Recipe.Task.Id, StringComparison.OrdinalIgnoreCase) ? Code15Recipe.Task : TaskCatalog.Get(recipe);

    IEnumerable<DownstreamBatch> Stream(BatchLoaderOptions options, int epoch)
    {
        var loader = new WindowBatchLoader(dataset, options with
        {
            BatchSize = batchSize,
            PrefetchBatches = readerThreads == 0 ? 0 : 2,
            ReaderThreads = Math.Max(1, readerThreads),
        });
        foreach (var batch in loader.Batches(epoch))
        {
            var ids = new string[batch.Count];
            for (int i = 0; i < ids.Length; i++)
            {
                double start = startById[batch.WindowIds[i]];
                ids[i] = $"{batch.RecordingIds[i]}@{start.ToString("0.###", CultureInfo.InvariantCulture)}";
            }
            // The tensors move to the DownstreamBatch, which disposes them (disposing twice, e.g. by a scope, is harmless).
            yield return new DownstreamBatch(batch.Signals!, batch.ChannelMask!, batch.Positions, batch.Labels, ids, batch.SubjectIds.ToArray());
        }
    }

    static PipelineSplit ToPipeline(DataSplit split) => split switch
    {
        DataSplit.Train => PipelineSplit.Train,
        DataSplit.Validation => PipelineSplit.Validation,
        DataSplit.Test => PipelineSplit.Test,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, null),
    };
}
