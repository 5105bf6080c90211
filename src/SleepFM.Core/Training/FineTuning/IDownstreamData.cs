using SleepFM.Tasks;

namespace SleepFM.Training.FineTuning;

/// <summary>Labelled windows of one downstream task, split by subject. Training order is a pure function of (seed, epoch).</summary>
public interface IDownstreamData
{
    /// <summary>The task.</summary>
    DownstreamTask Task { get; }

    /// <summary>Training batches per epoch.</summary>
    int TrainBatchesPerEpoch { get; }

    /// <summary>Per-class (or per-label) counts of positive training samples, in the task's class order.</summary>
    IReadOnlyList<int> TrainClassCounts { get; }

    /// <summary>The shuffled training batches of one epoch.</summary>
    IEnumerable<DownstreamBatch> TrainEpoch(long seed, int epoch);

    /// <summary>All windows of a split, in a fixed order.</summary>
    IEnumerable<DownstreamBatch> Evaluate(DataSplit split);
}
