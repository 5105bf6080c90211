using System.Text.Json;
using SleepFM.IO;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;

namespace SleepFM.Training.Transfer;

/// <summary>
/// Scores models fine-tuned on one dataset on another task's data, on the labels they share (SPEC.md §4: the ECG
/// model trained on CODE-15% is scored on PTB-XL, G12EC and CPSC). Each training run
/// <c>&lt;root&gt;/&lt;trained&gt;/&lt;regime&gt;/seed-&lt;n&gt;</c> gets a test-only run folder
/// <c>&lt;root&gt;/&lt;target&gt;/&lt;regime&gt;/seed-&lt;n&gt;</c> with the same files as a trained run except the model,
/// which <c>source.json</c> points to. Thresholds are the training run's, chosen on its own validation split.
/// </summary>
public static class ExternalTestRuns
{
    /// <summary>Writes the test-only run for one training run, unless it is already complete.</summary>
    /// <param name="trainedRunDirectory">A complete run folder of <paramref name="trainedTask"/>.</param>
    /// <param name="trainedTask">The task the model was fine-tuned on (e.g. <see cref="Datasets.Recipes.Code15Recipe.Task"/>).</param>
    /// <param name="target">The task to score; every window is test data (<see cref="ExternalTestData"/>).</param>
    /// <param name="outputRoot">The results root that holds both tasks' folders.</param>
    /// <returns>The run folder written (or found complete).</returns>
    /// <exception cref="ArgumentException">A target class is not among the trained labels.</exception>
    public static string Write(string trainedRunDirectory, DownstreamTask trainedTask, IDownstreamData target, string outputRoot)
    {
        var regimeFolder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(trainedRunDirectory)))!;
        string regime = Path.GetFileName(regimeFolder);
        long seed = RunFolder.SeedOf(trainedRunDirectory);
        var folder = Path.Combine(outputRoot, target.Task.Id, regime, Path.GetFileName(Path.TrimEndingDirectorySeparator(trainedRunDirectory)));
        if (RunFolder.IsComplete(folder)) return folder;

        var columns = SharedLabels.Columns(trainedTask, target.Task);
        var source = new ExternalRunSource(trainedTask.Id, Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(trainedRunDirectory)), columns);
        using var model = FineTunedModel.Load(trainedRunDirectory);
        var thresholds = columns.Select(c => model.Thresholds[c]).ToList();
        var predictions = ModelPredictions.Predict(model.Network, new ExternalTestData(target), DataSplit.Test, model.UsesPositions, thresholds, outputColumns: columns);
        var metrics = FineTuner.Score(target.Task, predictions, thresholds);

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        AtomicFile.WriteDirectory(folder, temp =>
        {
            RunFolder.WritePredictions(temp, target.Task, regime, seed, predictions);
            File.WriteAllText(Path.Combine(temp, RunFolder.ConfigFile), model.Config.ToJson());
            File.WriteAllText(Path.Combine(temp, RunFolder.SourceFile), JsonSerializer.Serialize(source, ExternalRunSource.JsonOptions));
            RunFolder.WriteThresholds(temp, target.Task, thresholds, bestEpoch: -1, metrics);
            RunFolder.WriteMetrics(temp, target.Task, regime, seed, metrics);
        });
        return folder;
    }
}
