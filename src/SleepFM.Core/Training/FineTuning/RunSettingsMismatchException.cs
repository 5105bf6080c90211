namespace SleepFM.Training.FineTuning;

/// <summary>
/// A finished run folder was fine-tuned with other settings than the ones requested now (e.g. another
/// <c>--max-epochs</c>). Reusing it would mix two protocols in one results table, so it is refused.
/// </summary>
public sealed class RunSettingsMismatchException(string folder, IReadOnlyList<string> differences)
    : InvalidOperationException($"{folder} was fine-tuned with other settings ({string.Join("; ", differences)}). " +
                                "Use another --out, or delete that folder to run it again with these settings.")
{
    /// <summary>The run folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>One "Field: saved there, requested now" entry per setting that differs.</summary>
    public IReadOnlyList<string> Differences { get; } = differences;
}
