using System.Text.Json;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Tasks;

namespace SleepFM.Training.FineTuning;

/// <summary>
/// A fine-tuned model loaded from a run folder (<c>&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;/</c>), ready to predict the
/// run's task: the network, its configuration and the multilabel thresholds chosen on validation. A run that only
/// tests a model trained on another dataset (an ECG task scored with the CODE-15% model) names that run in
/// <c>source.json</c>; its network is loaded from there and <see cref="OutputColumns"/> maps the task's classes onto it.
/// </summary>
public sealed class FineTunedModel : IDisposable
{
    FineTunedModel(DownstreamModel network, FineTuningConfig config, IReadOnlyList<double> thresholds, IReadOnlyList<int>? outputColumns, string? trainedOn)
    {
        Network = network;
        Config = config;
        Thresholds = thresholds;
        OutputColumns = outputColumns;
        TrainedOn = trainedOn;
    }

    /// <summary>The network, in eval mode after loading.</summary>
    public DownstreamModel Network { get; }

    /// <summary>The fine-tuning configuration of the run.</summary>
    public FineTuningConfig Config { get; }

    /// <summary>Per-label decision thresholds in the task's class order (empty for single-label tasks).</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>The network output scored as each of the task's classes, or null when they coincide.</summary>
    public IReadOnlyList<int>? OutputColumns { get; }

    /// <summary>The dataset the network was trained on when it is not the task's own (e.g. <c>code15</c>), else null.</summary>
    public string? TrainedOn { get; }

    /// <summary>The network takes electrode positions (PT+PE).</summary>
    public bool UsesPositions => Config.Regime == Regime.PretrainedWithPositions;

    /// <summary>Loads a complete run folder.</summary>
    /// <exception cref="FileNotFoundException">A file of the run is missing.</exception>
    public static FineTunedModel Load(string runDirectory)
    {
        var sourcePath = Path.Combine(runDirectory, RunFolder.SourceFile);
        string modelDirectory = runDirectory;
        IReadOnlyList<int>? columns = null;
        string? trainedOn = null;
        if (File.Exists(sourcePath))
        {
            var source = JsonSerializer.Deserialize<ExternalRunSource>(File.ReadAllText(sourcePath), ExternalRunSource.JsonOptions)
                ?? throw new InvalidDataException($"{sourcePath} is empty.");
            modelDirectory = Path.GetFullPath(Path.Combine(runDirectory, source.Run));
            columns = source.OutputColumns;
            trainedOn = source.TrainedOn;
        }
        var config = FineTuningConfig.FromJson(RunFolder.ReadRequired(modelDirectory, RunFolder.ConfigFile));
        var thresholds = RunFolder.ReadThresholds(runDirectory);
        var trainedTask = PreparedDownstreamData.TaskFor(trainedOn ?? TaskOfRun(runDirectory));
        var modelPath = Path.Combine(modelDirectory, RunFolder.ModelFile);
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"{modelPath} is missing: expected a run folder written by 'sleepfm finetune'.", modelPath);
        var network = new DownstreamModel(config.Encoder with { UseChannelPositions = config.Regime == Regime.PretrainedWithPositions },
            config.Head, trainedTask.Kind, trainedTask.Classes.Count);
        try
        {
            network.load(modelPath);
            network.eval();
        }
        catch
        {
            network.Dispose();
            throw;
        }
        return new FineTunedModel(network, config, thresholds, columns, trainedOn);
    }

    /// <summary>The task id of <c>…/&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;</c>.</summary>
    static string TaskOfRun(string runDirectory) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(runDirectory))))!)
        ?? throw new ArgumentException($"{runDirectory} is not a <task>/<regime>/seed-<n> folder.", nameof(runDirectory));

    /// <inheritdoc />
    public void Dispose() => Network.Dispose();
}
