namespace SleepFM.Datasets;

/// <summary>
/// One window a recipe asks for: where it starts and what it is labelled. Its length is the recipe's
/// <see cref="IDatasetRecipe.WindowSeconds"/>.
/// </summary>
/// <param name="StartSeconds">Start, seconds from the first sample, ≥ 0.</param>
/// <param name="Labels">
/// <see cref="LabelSpace.Width"/> values: a class index (−1 unknown) for single-label data, or 0/1 flags
/// for multi-label data.
/// </param>
/// <param name="EventChannel">For event-centred windows (TUEV), the label of the channel the event was marked on; null otherwise.</param>
public sealed record LabelledWindow(double StartSeconds, IReadOnlyList<int> Labels, string? EventChannel = null);
