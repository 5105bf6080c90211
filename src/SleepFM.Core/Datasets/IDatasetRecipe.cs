using SleepFM.Signals;

namespace SleepFM.Datasets;

/// <summary>
/// How one dataset is found on disk, opened, split into channels and cut into labelled windows. The
/// pipeline (<c>SleepFM.Pipeline.PrepareRunner</c>) does the rest (preprocessing with <see cref="Chain"/>,
/// shards, index, splits), so a new dataset (TUAB, PTB-XL, …) is one new class and a line in
/// <see cref="DatasetRecipes"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe: <see cref="Open"/> is called for several recordings at once.</remarks>
public interface IDatasetRecipe
{
    /// <summary>Name used on the command line (<c>sleepfm prepare --dataset NAME</c>), lower-case.</summary>
    string Name { get; }

    /// <summary>The per-channel preprocessing; saved in the prepared dataset's metadata.</summary>
    PreprocessingChain Chain { get; }

    /// <summary>Window length, seconds, &gt; 0; a whole number of samples at <see cref="PreprocessingChain.TargetSampleRateHz"/>.</summary>
    double WindowSeconds { get; }

    /// <summary>What the window labels mean.</summary>
    LabelSpace Labels { get; }

    /// <summary>Finds the recordings under a source folder. Cheap: reads no signal data.</summary>
    /// <param name="sourceDirectory">The dataset's root folder as distributed.</param>
    /// <returns>Every recording, in any order (the pipeline sorts by <see cref="RecordingDescriptor.RecordingId"/>); ids unique.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="DatasetLayoutException">The folder does not have the expected layout (e.g. a missing labels file).</exception>
    IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory);

    /// <summary>Opens one recording: selects its channels and plans its labelled windows.</summary>
    /// <exception cref="IO.SignalFileException">The file is unreadable (typed, naming file, field and offset).</exception>
    /// <exception cref="DatasetLayoutException">A label file is malformed.</exception>
    SourceRecording Open(RecordingDescriptor recording);
}
