using SleepFM.Tasks;
using SleepFM.Training.FineTuning;

namespace SleepFM.Training.Transfer;

/// <summary>
/// A dataset used only to test a model trained elsewhere (SPEC.md §4: the ECG model is fine-tuned on CODE-15% and
/// scored on PTB-XL, G12EC and CPSC). Nothing trains or selects on it, so every window, whatever split the
/// dataset's own <c>splits.csv</c> gave it, is test data: <see cref="Evaluate"/> of <see cref="DataSplit.Test"/>
/// yields the train, validation and test windows in that order.
/// </summary>
public sealed class ExternalTestData(IDownstreamData dataset) : IDownstreamData
{
    /// <inheritdoc />
    public DownstreamTask Task => dataset.Task;

    /// <summary>Always 0: an external test set is never trained on.</summary>
    public int TrainBatchesPerEpoch => 0;

    /// <inheritdoc />
    public IReadOnlyList<int> TrainClassCounts { get; } = new int[dataset.Task.Classes.Count];

    /// <summary>Always throws: an external test set is never trained on.</summary>
    /// <exception cref="InvalidOperationException">Always.</exception>
    public IEnumerable<DownstreamBatch> TrainEpoch(long seed, int epoch) =>
        throw new InvalidOperationException($"{dataset.Task.Id} is an external test set here; nothing trains on it.");

    /// <summary>Every window for <see cref="DataSplit.Test"/>; nothing for the other splits.</summary>
    public IEnumerable<DownstreamBatch> Evaluate(DataSplit split) => split == DataSplit.Test
        ? dataset.Evaluate(DataSplit.Train).Concat(dataset.Evaluate(DataSplit.Validation)).Concat(dataset.Evaluate(DataSplit.Test))
        : [];
}
