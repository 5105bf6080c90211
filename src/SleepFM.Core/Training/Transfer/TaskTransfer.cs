using System.Globalization;
using SleepFM.Datasets.Recipes;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;

namespace SleepFM.Training.Transfer;

/// <summary>
/// Fine-tunes and tests one downstream task in several regimes and seeds. Normally the task's own prepared dataset
/// trains, validates and tests. With a training set (SPEC.md §4: CODE-15% for the ECG tasks) the models are fine-tuned
/// there, once per (regime, seed) and shared by every task that uses it, then scored on all of the task's windows on
/// the labels both share. Finished runs are skipped, so a sweep can be interrupted and run again.
/// </summary>
/// <param name="task">The task scored.</param>
/// <param name="preparedTask">The task's prepared folder.</param>
/// <param name="preparedTrainingSet">A prepared CODE-15% folder to fine-tune on instead, or null.</param>
/// <param name="outputRoot">Results root: <c>&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;/</c> and the aggregate CSVs.</param>
/// <param name="encoderFile">Pretrained encoder.bin for the pretrained regimes, or null for scratch only.</param>
public sealed class TaskTransfer(DownstreamTask task, string preparedTask, string? preparedTrainingSet, string outputRoot, string? encoderFile)
{
    /// <summary>The task the models are fine-tuned on: CODE-15% with a training set, else the task itself.</summary>
    public DownstreamTask TrainedTask => preparedTrainingSet is null ? task : Code15Recipe.Task;

    /// <summary>Raised when a run starts or is skipped (regime, seed, already done) and after each epoch (detail text).</summary>
    public event Action<int, int, string>? Progress;

    /// <summary>Overrides of the preset's epochs and patience (none by default).</summary>
    public FineTuningBudget Budget { get; init; } = FineTuningBudget.Preset;

    /// <summary>Runs every (regime, seed) not already complete, then rebuilds the aggregate files.</summary>
    /// <param name="preset">Fine-tuning preset name (tiny, quick, paper).</param>
    /// <param name="regimes">The regimes.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="encoder">The encoder configuration (the pretrained one's, so scratch has the same architecture), or null for the preset's.</param>
    /// <param name="cancellation">Stops between epochs.</param>
    /// <returns>The task's results rows.</returns>
    public IReadOnlyList<ResultRow> Run(string preset, IReadOnlyList<Regime> regimes, IReadOnlyList<long> seeds, EncoderConfig? encoder, CancellationToken cancellation = default)
    {
        int total = regimes.Count * seeds.Count, finished = 0;
        var trained = TrainedTask;
        var data = new PreparedDownstreamData(preparedTrainingSet ?? preparedTask, task: trained);
        var experiment = new DownstreamExperiment(data, outputRoot, encoderFile);
        string prefix = preparedTrainingSet is null ? "" : trained.Id + " ";
        experiment.RunStarting += (c, seed, done) => Progress?.Invoke(finished++, total, $"{prefix}{c.Regime.Id()} seed {seed}{(done ? " (done)" : "")}");
        experiment.EpochCompleted += (c, seed, e) => Progress?.Invoke(finished - 1, total,
            string.Create(CultureInfo.InvariantCulture, $"{prefix}{c.Regime.Id()} seed {seed} epoch {e.Epoch + 1} val loss {e.ValidationLoss:0.000}"));
        var configs = regimes.Select(r => Budget.ApplyTo(FineTuningPresets.For(preset, trained, r, encoder))).ToList();
        var rows = experiment.Run(configs, seeds, cancellation);
        if (preparedTrainingSet is not null)
        {
            var target = new PreparedDownstreamData(preparedTask, task: task);
            foreach (var config in configs)
                foreach (var seed in seeds)
                {
                    cancellation.ThrowIfCancellationRequested();
                    ExternalTestRuns.Write(experiment.RunDirectory(config, seed), trained, target, outputRoot);
                }
            ResultFiles.Rebuild(outputRoot);
            rows = ResultsCsv.Read(Path.Combine(outputRoot, task.Id, "results.csv"));
        }
        Progress?.Invoke(total, total, "");
        return rows;
    }
}
