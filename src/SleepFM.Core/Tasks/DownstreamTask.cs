namespace SleepFM.Tasks;

/// <summary>
/// One of the paper's eight downstream tasks (SPEC.md §4): what it classifies, how it is scored, and
/// the dataset's real file format.
/// </summary>
/// <param name="Id">Short id used on the command line and in results files, e.g. "tuab", "ptbxl".</param>
/// <param name="Name">Display name, e.g. "TUAB", "PTB-XL".</param>
/// <param name="Family">EEG or ECG.</param>
/// <param name="Kind">Binary, multiclass or multilabel.</param>
/// <param name="Classes">Class names (binary/multiclass, in label order) or label names (multilabel).</param>
/// <param name="HeadlineMetric">The metric the paper reports, as named in <c>results.csv</c> (e.g. "balanced_accuracy").</param>
/// <param name="NativeFormat">The real dataset's layout, in a few words.</param>
public sealed record DownstreamTask(
    string Id,
    string Name,
    SignalFamily Family,
    TaskKind Kind,
    IReadOnlyList<string> Classes,
    string HeadlineMetric,
    string NativeFormat);
