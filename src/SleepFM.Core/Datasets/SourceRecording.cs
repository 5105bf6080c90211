using SleepFM.IO;

namespace SleepFM.Datasets;

/// <summary>
/// An opened recording as a recipe presents it to the pipeline: the selected channels (in the order they
/// are stored), the labelled windows to cut, and the file handles to release. Dispose when done.
/// </summary>
public sealed class SourceRecording : IDisposable
{
    readonly IDisposable? owner;

    /// <summary>Wraps what a recipe read.</summary>
    /// <param name="channels">Selected channels, grouped by modality in <see cref="Channels.ModalityLimits.PretrainingModalities"/> order, file order within a modality.</param>
    /// <param name="windows">Windows to cut, in time order.</param>
    /// <param name="durationSeconds">Length of the recording, seconds (the shortest selected channel).</param>
    /// <param name="warnings">Recoverable problems (reader warnings, ignored labels).</param>
    /// <param name="owner">Released on <see cref="Dispose"/> (the open file), or null.</param>
    public SourceRecording(IReadOnlyList<SourceChannel> channels, IReadOnlyList<LabelledWindow> windows, double durationSeconds,
        IReadOnlyList<ReadWarning> warnings, IDisposable? owner)
    {
        Channels = channels;
        Windows = windows;
        DurationSeconds = durationSeconds;
        Warnings = warnings;
        this.owner = owner;
    }

    /// <summary>Selected channels, in storage order.</summary>
    public IReadOnlyList<SourceChannel> Channels { get; }

    /// <summary>Windows to cut, in time order.</summary>
    public IReadOnlyList<LabelledWindow> Windows { get; }

    /// <summary>Recording length, seconds.</summary>
    public double DurationSeconds { get; }

    /// <summary>Recoverable problems found while opening.</summary>
    public IReadOnlyList<ReadWarning> Warnings { get; }

    /// <inheritdoc />
    public void Dispose() => owner?.Dispose();
}
