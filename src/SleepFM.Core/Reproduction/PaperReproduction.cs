using System.Globalization;
using SleepFM.Datasets;
using SleepFM.Datasets.Recipes;
using SleepFM.Evaluation.Ablation;
using SleepFM.Evaluation.Reporting;
using SleepFM.IO;
using SleepFM.Models;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using SleepFM.Synthetic;
using SleepFM.Synthetic.Downstream;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;
using SleepFM.Training.Pretraining;
using SleepFM.Training.Transfer;

namespace SleepFM.Reproduction;

/// <summary>
/// The paper's pipeline as resumable stages (<c>sleepfm reproduce</c> runs them in order; the notebooks call the one
/// they tell the story of): the data, preparation, pretraining, transfer to each task in every regime, and channel
/// ablations. Each stage reuses what a previous run finished below <see cref="Layout"/>, so re-running is cheap and an
/// interrupted run continues where it stopped.
/// </summary>
/// <remarks>
/// ECG tasks follow SPEC.md §4: when the data root has <c>code15/</c>, one ECG model per (regime, seed) is fine-tuned on
/// CODE-15% and scored on PTB-XL, G12EC and CPSC on their shared labels (every window of those sets is test data);
/// without CODE-15% each ECG set is fine-tuned and tested on its own splits. The channel PE needs scalp positions, so
/// ECG tasks run scratch, PT and frozen only.
/// </remarks>
public sealed class PaperReproduction
{
    /// <summary>The regime whose seed-1 model the ablations test (the sleep-pretrained model, fully fine-tuned).</summary>
    public static Regime AblationRegime => Regime.Pretrained;

    /// <summary>Sets up a reproduction; nothing runs until a stage is called.</summary>
    /// <exception cref="ArgumentException">Unknown preset or task.</exception>
    public PaperReproduction(ReproductionOptions options)
    {
        Options = options;
        Preset = ReproductionPreset.FromName(options.Preset);
        Layout = new ReproductionLayout(options.OutputDirectory, options.DataDirectory);
        Tasks = options.Tasks is null ? TaskCatalog.All : options.Tasks.Select(TaskCatalog.Get).ToList();
    }

    /// <summary>The options.</summary>
    public ReproductionOptions Options { get; }

    /// <summary>The sizes of each stage.</summary>
    public ReproductionPreset Preset { get; }

    /// <summary>Where everything goes.</summary>
    public ReproductionLayout Layout { get; }

    /// <summary>The tasks to run, in the paper's order.</summary>
    public IReadOnlyList<DownstreamTask> Tasks { get; }

    /// <summary>Fine-tuning seeds 1 … n.</summary>
    public IReadOnlyList<long> Seeds => Enumerable.Range(1, Math.Max(1, Options.FineTuningSeeds ?? Preset.FineTuningSeeds)).Select(s => (long)s).ToList();

    /// <summary>The regimes a task runs: all four for EEG; no PT+PE for ECG (leads have no scalp positions).</summary>
    public static IReadOnlyList<Regime> RegimesFor(DownstreamTask task) => task.Family == SignalFamily.Ecg
        ? [Regime.Scratch, Regime.Pretrained, Regime.Frozen]
        : [Regime.Scratch, Regime.Pretrained, Regime.PretrainedWithPositions, Regime.Frozen];

    /// <summary>True when the ECG tasks are scored with a model fine-tuned on CODE-15%.</summary>
    public bool EcgTrainsOnCode15 => Directory.Exists(Layout.Source(Code15Recipe.Task.Id));

    /// <summary>
    /// Stage 1: the synthetic world (PSG cohorts, the eight datasets and CODE-15%), unless real data was given.
    /// Finished files are kept, so a second call costs a directory scan.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Real data was given but the folder does not exist.</exception>
    public void EnsureData(IProgress<StageProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (!Layout.IsSynthetic)
        {
            if (!Directory.Exists(Layout.Data)) throw new DirectoryNotFoundException($"--data {Layout.Data} does not exist (see data/README.md for the layout).");
            return;
        }
        var synthesis = SynthesisPreset.FromName(Preset.SynthesisPreset);
        var sleepProgress = progress is null ? null : new SynchronousProgress<SynthesisProgress>(p => progress.Report(new StageProgress(p.Completed, 2 * p.Total, p.SubjectId)));
        SyntheticWorld.GenerateSleepCohorts(Layout.Data, synthesis, Options.Seed, sleepProgress, cancellation);
        var downstreamProgress = progress is null ? null : new SynchronousProgress<SynthesisProgress>(p => progress.Report(new StageProgress(p.Total + p.Completed, 2 * p.Total, p.SubjectId)));
        var manifest = DownstreamWorld.Generate(Layout.Data, DownstreamPreset.FromName(Preset.SynthesisPreset), Options.Seed, downstreamProgress, cancellation);
        ClassCountsCsv.Write(Path.Combine(Layout.Data, "class_counts.csv"), manifest.ClassCounts);
    }

    /// <summary>The datasets this reproduction prepares: psg, then each task's own (and code15 when ECG trains on it).</summary>
    public IReadOnlyList<string> DatasetsToPrepare()
    {
        var names = new List<string> { "psg" };
        names.AddRange(Tasks.Select(t => t.Id));
        if (Tasks.Any(t => t.Family == SignalFamily.Ecg) && EcgTrainsOnCode15) names.Add(Code15Recipe.Task.Id);
        return names;
    }

    /// <summary>Stage 2: prepares one dataset (resumable; finished recordings are skipped, a finished dataset is reused).</summary>
    /// <returns>The prepared folder and the recordings that could not be read.</returns>
    /// <exception cref="DirectoryNotFoundException">The data root has no folder for the dataset.</exception>
    /// <exception cref="DatasetLayoutException">The dataset's folder holds no recording of it.</exception>
    /// <exception cref="InvalidDataException">No recording of the dataset could be prepared.</exception>
    public (PreparedDataset Dataset, IReadOnlyList<PrepareFailure> Failures) Prepare(string dataset, IProgress<StageProgress>? progress = null, CancellationToken cancellation = default)
    {
        var output = Layout.Prepared(dataset);
        // A finished dataset is reused without scanning its source again, so re-running a reproduction stays cheap.
        if (DatasetPreparation.IsPrepared(output) && PreparedDataset.Open(output) is { Info.Complete: true } finished)
            return (finished, []);
        var source = Layout.Source(dataset);
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException($"{source} does not exist: the data root has no '{dataset}' folder (see data/README.md).");
        var outcome = DatasetPreparation.PreparedOrPrepare(dataset, Layout.Data, output,
            progress is null ? null : new SynchronousProgress<PrepareProgress>(p => progress.Report(new StageProgress(p.Done, p.Total, p.LastRecordingId))), cancellation);
        return (PreparedDataset.Open(outcome.Directory), outcome.Failures);
    }

    /// <summary>Stage 3: leave-one-out contrastive pretraining on the prepared PSG (a finished run is reloaded, an interrupted one resumed).</summary>
    public PretrainingResult Pretrain(IProgress<PretrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var dataset = PreparedDataset.Open(Layout.Prepared("psg"));
        var config = PretrainingPresets.FromName(Preset.Name) with { Seed = Options.Seed };
        var clips = new PreparedPretrainingData(dataset, config.BatchSize, (int)config.Seed, config.Batches);
        config = config with { Modalities = clips.Modalities };
        return new Pretrainer(config, clips, Layout.Pretraining).Run(resume: true, progress, cancellation);
    }

    /// <summary>
    /// The folder of the pretrained encoder a task family fine-tunes from: the BAS encoder for EEG, the ECG encoder
    /// for ECG when pretraining trained one per modality, else the shared one (written by <see cref="Pretrain"/>).
    /// </summary>
    /// <exception cref="FileNotFoundException">Pretraining has not finished.</exception>
    public string PretrainedEncoderDirectory(SignalFamily family)
    {
        var directory = PretrainedEncoderFiles.DirectoryFor(Layout.Pretraining, PretrainedEncoderFiles.ModalityFor(family));
        var weights = Path.Combine(directory, PretrainedEncoderFiles.Weights);
        return File.Exists(weights) && File.Exists(Path.Combine(directory, PretrainedEncoderFiles.Config))
            ? directory
            : throw new FileNotFoundException($"{weights} is missing: run the pretraining stage first.", weights);
    }

    /// <summary>
    /// Stage 4: fine-tunes and tests one task in each of its regimes over <see cref="Seeds"/> (finished runs are
    /// skipped). ECG tasks use the CODE-15% model when available (see the remarks on this class).
    /// </summary>
    /// <returns>The task's results rows.</returns>
    public IReadOnlyList<ResultRow> Transfer(DownstreamTask task, IProgress<StageProgress>? progress = null, CancellationToken cancellation = default)
    {
        var encoderDirectory = PretrainedEncoderDirectory(task.Family);
        var encoder = PretrainedEncoderFiles.ReadConfig(encoderDirectory);
        bool external = task.Family == SignalFamily.Ecg && EcgTrainsOnCode15;
        var transfer = new TaskTransfer(task, Layout.Prepared(task.Id), external ? Layout.Prepared(Code15Recipe.Task.Id) : null, Layout.Transfer,
            Path.Combine(encoderDirectory, PretrainedEncoderFiles.Weights)) { Budget = Options.FineTuningBudget };
        transfer.Progress += (done, total, detail) => progress?.Report(new StageProgress(done, total, detail));
        var rows = transfer.Run(Preset.Name, RegimesFor(task), Seeds, encoder, cancellation);
        PublishResults();
        return rows;
    }

    /// <summary>The run folder of a task's fine-tuned model.</summary>
    public string RunDirectory(DownstreamTask task, Regime regime, long seed) =>
        Path.Combine(Layout.Transfer, task.Id, regime.Id(), $"seed-{seed.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// Stage 5: test-time channel ablation of the task's <see cref="AblationRegime"/> seed-1 model (SPEC.md §6);
    /// writes <c>ablation/&lt;task&gt;/ablation.csv</c> and rebuilds the merged <c>ablation.csv</c>. A finished task is read back.
    /// </summary>
    public IReadOnlyList<AblationPoint> Ablate(DownstreamTask task, IProgress<StageProgress>? progress = null, CancellationToken cancellation = default)
    {
        var csv = Path.Combine(Layout.Ablation(task.Id), "ablation.csv");
        if (!File.Exists(csv))
        {
            using var model = FineTunedModel.Load(RunDirectory(task, AblationRegime, 1));
            var data = new PreparedDownstreamData(Layout.Prepared(task.Id), task: task);
            IDownstreamData tested = model.TrainedOn is null ? data : new ExternalTestData(data);
            var options = new ChannelAblation.Options(Options.AblationSubsets ?? Preset.AblationSubsets, SubsetStrategy.Random, Seed: 42, OutputColumns: model.OutputColumns);
            var result = ChannelAblation.Run(model.Network, tested, ChannelNames(data.Dataset), model.Thresholds, model.UsesPositions, options,
                (done, total) =>
                {
                    cancellation.ThrowIfCancellationRequested();
                    progress?.Report(new StageProgress(done, total));
                });
            Directory.CreateDirectory(Layout.Ablation(task.Id));
            ChannelAblation.WriteCsv(csv, result);
        }
        MergeAblations();
        return AblationCsv.ReadCurve(csv);
    }

    /// <summary>
    /// Windows per class of every task prepared so far (by this run or another one on the same folder, e.g. a
    /// single-task notebook), from the prepared datasets; written to <c>class_counts.csv</c>.
    /// </summary>
    public IReadOnlyList<ClassCount> CountClasses()
    {
        var counts = TaskCatalog.All.Where(t => File.Exists(Path.Combine(Layout.Prepared(t.Id), PreparedDatasetInfo.FileName)))
            .SelectMany(t => PreparedClassCounts.Count(PreparedDataset.Open(Layout.Prepared(t.Id)), t.Id)).ToList();
        ClassCountsCsv.Write(Layout.ClassCountsCsv, counts);
        return counts;
    }

    /// <summary>Copies the transfer stage's aggregate <c>results.csv</c> and <c>predictions.csv</c> to the results root.</summary>
    void PublishResults()
    {
        foreach (var (from, to) in new[] { (Path.Combine(Layout.Transfer, "results.csv"), Layout.ResultsCsv), (Path.Combine(Layout.Transfer, "predictions.csv"), Layout.PredictionsCsv) })
            if (File.Exists(from)) AtomicFile.WriteAllText(to, File.ReadAllText(from));
    }

    void MergeAblations()
    {
        // Every task ablated in this folder, not only this run's tasks: a notebook may run one task at a time.
        var files = TaskCatalog.All.Select(t => Path.Combine(Layout.Ablation(t.Id), "ablation.csv")).Where(File.Exists).ToList();
        if (files.Count == 0) return;
        var lines = new List<string> { File.ReadLines(files[0]).First() };
        foreach (var file in files) lines.AddRange(File.ReadLines(file).Skip(1).Where(l => l.Length > 0));
        AtomicFile.WriteAllText(Layout.AblationCsv, string.Concat(lines.Select(l => l + "\n")));
    }

    static IReadOnlyList<string> ChannelNames(PreparedDataset dataset)
    {
        using var shard = ShardReader.Open(dataset.ShardPath(dataset.Windows[0].Shard));
        return shard.ChannelNames;
    }
}
