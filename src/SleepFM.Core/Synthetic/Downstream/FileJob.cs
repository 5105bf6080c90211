namespace SleepFM.Synthetic.Downstream;

/// <summary>One unit of parallel work: writes <see cref="Outputs"/> (each atomically); skipped when they all exist.</summary>
/// <param name="TaskId">Dataset the files belong to.</param>
/// <param name="Name">Short name for progress reports.</param>
/// <param name="Outputs">Every file the job writes.</param>
/// <param name="Write">Renders and writes the files.</param>
internal sealed record FileJob(string TaskId, string Name, IReadOnlyList<string> Outputs, Action Write);
