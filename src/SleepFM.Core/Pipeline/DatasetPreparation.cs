using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// "Use the prepared folder, or prepare the raw dataset first": the step before pretraining, fine-tuning, ablation and
/// each dataset of a reproduction, so that users may point them at either a prepared folder or the data as distributed.
/// </summary>
public static class DatasetPreparation
{
    /// <summary>True when <paramref name="folder"/> holds a prepared dataset (its <c>dataset.json</c>).</summary>
    public static bool IsPrepared(string folder) => File.Exists(Path.Combine(folder, PreparedDatasetInfo.FileName));

    /// <summary>
    /// The raw folder of <paramref name="dataset"/> in <paramref name="data"/>: <c>data/&lt;dataset&gt;</c> when it exists
    /// (a data root laid out as data/README.md), otherwise <paramref name="data"/> itself (the dataset's own folder).
    /// </summary>
    public static string RawSource(string dataset, string data)
    {
        var inRoot = Path.Combine(data, dataset);
        return Directory.Exists(inRoot) ? inRoot : data;
    }

    /// <summary>
    /// Returns <paramref name="data"/> when it is a prepared folder; otherwise prepares its raw data
    /// (<see cref="RawSource"/>) into <paramref name="outputDirectory"/>. Preparation resumes: recordings an earlier run
    /// finished there are skipped.
    /// </summary>
    /// <param name="dataset">Recipe name (<see cref="DatasetRecipes"/>): <c>psg</c>, a task id, or <c>code15</c>.</param>
    /// <param name="data">A prepared folder (used as is), a data root with a <c>&lt;dataset&gt;/</c> folder, or the dataset's raw folder.</param>
    /// <param name="outputDirectory">Where raw data is prepared to.</param>
    /// <param name="progress">Receives a report after each recording prepared; may be null.</param>
    /// <param name="cancellation">Stops starting new recordings; finished ones stay done.</param>
    /// <returns>The prepared folder, and the preparation report when this call prepared it (its failures are also in failures.csv).</returns>
    /// <exception cref="ArgumentException">No recipe is registered under <paramref name="dataset"/>.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="data"/> does not exist.</exception>
    /// <exception cref="DatasetLayoutException"><paramref name="data"/> is neither prepared nor raw data of the dataset: the recipe finds no recording, or its tables are missing.</exception>
    /// <exception cref="InvalidDataException">No recording could be prepared (every one failed).</exception>
    public static PreparationOutcome PreparedOrPrepare(string dataset, string data, string outputDirectory,
        IProgress<PrepareProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (IsPrepared(data)) return new PreparationOutcome(data, null);
        var recipe = DatasetRecipes.Create(dataset);
        var source = RawSource(dataset, data);
        // Checked before anything is written: otherwise an empty, "complete" prepared folder would stand in for the data
        // and the failure would surface later as an empty batch. Enumerating reads no signal data, so the second scan
        // (PrepareRunner enumerates again) costs little next to preparing.
        if (recipe.Enumerate(source).Count == 0)
            throw new DatasetLayoutException(data, $"is neither a prepared folder (no {PreparedDatasetInfo.FileName}) nor raw '{dataset}' data (no recording found under {source})");
        var report = PrepareRunner.Run(new PrepareOptions { Recipe = recipe, SourceDirectory = source, OutputDirectory = outputDirectory }, progress, cancellation);
        if (report.ExitCode == PrepareReport.FailureExitCode) throw new InvalidDataException($"No recording under {source} could be prepared as {dataset}.");
        return new PreparationOutcome(report.OutputDirectory, report);
    }
}
