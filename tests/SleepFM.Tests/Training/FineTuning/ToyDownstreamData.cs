using SleepFM.Tasks;
using SleepFM.Training.FineTuning;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.FineTuning;

/// <summary>
/// Small labelled windows in memory: each class (or label) adds its own rhythm to noisy channels, so
/// the task is learnable. Subjects are disjoint between splits; training order depends on (seed, epoch).
/// </summary>
sealed class ToyDownstreamData : IDownstreamData
{
    const int Samples = 256, Channels = 3, BatchSize = 8;
    readonly List<(float[] Signal, int[] Label, string Subject)>[] splits = new List<(float[], int[], string)>[3];

    public ToyDownstreamData(DownstreamTask task, int perSplit = 48, double noise = 0.8)
    {
        Task = task;
        var random = new Random(11);
        for (int s = 0; s < 3; s++)
        {
            splits[s] = [];
            int count = s == 0 ? perSplit * 2 : perSplit;
            for (int i = 0; i < count; i++)
            {
                int[] label = task.Kind == TaskKind.Multilabel
                    ? task.Classes.Select(_ => random.NextDouble() < 0.4 ? 1 : 0).ToArray()
                    : [i % task.Classes.Count];
                var signal = new float[Channels * Samples];
                for (int c = 0; c < Channels; c++)
                    for (int t = 0; t < Samples; t++)
                    {
                        double v = noise * (random.NextDouble() - 0.5) * 2;
                        for (int k = 0; k < task.Classes.Count; k++)
                        {
                            bool on = task.Kind == TaskKind.Multilabel ? label[k] == 1 : label[0] == k;
                            if (on) v += Math.Sin(2 * Math.PI * (3 + 4 * k) * t / 128.0 + c);
                        }
                        signal[c * Samples + t] = (float)v;
                    }
                splits[s].Add((signal, label, $"{(DataSplit)s}-subject{i / 4}"));
            }
        }
    }

    public DownstreamTask Task { get; }

    public int TrainBatchesPerEpoch => splits[0].Count / BatchSize;

    public IReadOnlyList<int> TrainClassCounts => Task.Classes.Select((_, k) =>
        splits[0].Count(w => Task.Kind == TaskKind.Multilabel ? w.Label[k] == 1 : w.Label[0] == k)).ToList();

    public IEnumerable<DownstreamBatch> TrainEpoch(long seed, int epoch)
    {
        var order = Enumerable.Range(0, splits[0].Count).ToArray();
        new Random(HashCode.Combine(seed, epoch)).Shuffle(order);
        for (int b = 0; b < TrainBatchesPerEpoch; b++) yield return Batch(DataSplit.Train, order.Skip(b * BatchSize).Take(BatchSize).ToArray());
    }

    public IEnumerable<DownstreamBatch> Evaluate(DataSplit split)
    {
        var list = splits[(int)split];
        for (int start = 0; start < list.Count; start += BatchSize)
            yield return Batch(split, Enumerable.Range(start, Math.Min(BatchSize, list.Count - start)).ToArray());
    }

    DownstreamBatch Batch(DataSplit split, int[] indices)
    {
        var list = splits[(int)split];
        var signal = indices.SelectMany(i => list[i].Signal).ToArray();
        bool multilabel = Task.Kind == TaskKind.Multilabel;
        var labels = multilabel
            ? tensor(indices.SelectMany(i => list[i].Label.Select(l => (float)l)).ToArray(), [indices.Length, Task.Classes.Count])
            : tensor(indices.Select(i => (long)list[i].Label[0]).ToArray());
        return new DownstreamBatch(
            tensor(signal, [indices.Length, Channels, Samples]),
            ones([indices.Length, Channels], dtype: ScalarType.Bool),
            null,
            labels,
            indices.Select(i => $"{split}-{i}").ToList(),
            indices.Select(i => list[i].Subject).ToList());
    }
}
