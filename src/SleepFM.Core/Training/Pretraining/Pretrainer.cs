using SleepFM.IO;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SleepFM.Models;
using SleepFM.Runtime;
using SleepFM.Training.Checkpoints;
using SleepFM.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// Contrastive pretraining on sleep clips (SPEC.md §3): seeded, checkpointed atomically, resumable to
/// the bit, with held-out loss and cross-modal retrieval logged per epoch to <c>history.csv</c>.
/// Output folder: <c>config.json</c>, <c>history.csv</c>, <c>checkpoints/</c>, and at the end
/// <c>encoder.bin</c> (TorchSharp), <c>encoder.pt</c> (PyTorch) and <c>encoder.json</c> (its config).
/// </summary>
public sealed class Pretrainer
{
    readonly PretrainingConfig config;
    readonly IPretrainingData data;
    readonly string outputDirectory;

    /// <summary>Prepares a run; nothing is trained until <see cref="Run"/>.</summary>
    /// <param name="config">Validated here.</param>
    /// <param name="data">Training and validation clips.</param>
    /// <param name="outputDirectory">Run folder; created if needed.</param>
    public Pretrainer(PretrainingConfig config, IPretrainingData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        this.config = config;
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        this.outputDirectory = outputDirectory;
        if (data.TrainBatchesPerEpoch < 1) throw new ArgumentException("The training data has no batch.", nameof(data));
    }

    /// <summary>Total optimizer steps of the run.</summary>
    public long TotalSteps => (long)config.Epochs * data.TrainBatchesPerEpoch;

    /// <summary>
    /// Trains to the end, or until <paramref name="cancellation"/> fires (then the position is
    /// checkpointed first and <see cref="OperationCanceledException"/> is thrown).
    /// </summary>
    /// <param name="resume">Continue from the latest checkpoint in the output folder, if any.</param>
    /// <param name="progress">Called synchronously after each step.</param>
    /// <param name="cancellation">Stops the run between steps.</param>
    public PretrainingResult Run(bool resume = false, IProgress<PretrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var configJson = config.ToJson();
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, "config.json"), configJson);
        TorchRuntime.Seed(config.Seed, config.Threads);

        using var model = new PretrainingModel(config);
        using var optimizer = CreateOptimizer(model);
        var store = new CheckpointStore(outputDirectory, config.CheckpointsKept);
        var history = new HistoryFile(Path.Combine(outputDirectory, "history.csv"));
        var position = new TrainingPosition(0, 0, 0, 0);
        if (resume && store.Latest() is { } latest)
        {
            position = CheckpointStore.Load(latest, model, optimizer, configJson);
            history.TruncateAfter(position.Step);
        }
        else history.Reset();

        var schedule = config.CreateSchedule((int)Math.Min(int.MaxValue, TotalSteps));
        var clock = Stopwatch.StartNew();
        long stepsThisProcess = 0;
        long lastSaved = position.Step;
        for (int epoch = position.Epoch; epoch < config.Epochs; epoch++)
        {
            var epochClock = Stopwatch.StartNew();
            int batchIndex = epoch == position.Epoch ? position.BatchInEpoch : 0;
            double lossSum = epoch == position.Epoch ? position.EpochLossSum : 0;
            double learningRate = schedule.At(Math.Max(0, position.Step - 1));
            model.train();
            foreach (var batch in data.TrainEpoch(epoch, batchIndex))
            {
                using (batch)
                {
                    if (cancellation.IsCancellationRequested)
                    {
                        if (position.Step > lastSaved) store.Save(model, optimizer, position, configJson);
                        cancellation.ThrowIfCancellationRequested();
                    }
                    learningRate = schedule.At(position.Step);
                    double loss = Step(model, optimizer, batch, learningRate);
                    batchIndex++;
                    lossSum += loss;
                    stepsThisProcess++;
                    position = new TrainingPosition(position.Step + 1, epoch, batchIndex, lossSum);
                    double clipsPerSecond = stepsThisProcess * (double)config.BatchSize / Math.Max(1e-9, clock.Elapsed.TotalSeconds);
                    var remaining = TimeSpan.FromSeconds((TotalSteps - position.Step) * config.BatchSize / Math.Max(1e-9, clipsPerSecond));
                    progress?.Report(new PretrainingProgress(position.Step, TotalSteps, epoch, loss, learningRate, clipsPerSecond, remaining));
                    if (position.Step % config.CheckpointEverySteps == 0)
                    {
                        store.Save(model, optimizer, position, configJson);
                        lastSaved = position.Step;
                    }
                }
            }
            var held = Validate(model);
            history.Append(new EpochRecord(epoch, position.Step, lossSum / Math.Max(1, batchIndex), held.Loss,
                held.All.Top1, held.All.Top5, model.Objective.LogScale.item<float>(), learningRate, epochClock.Elapsed.TotalSeconds)
            {
                HeldOutClips = held.Clips,
                RetrievalChanceTop1 = held.Clips > 0 ? 1.0 / held.Clips : double.NaN,
                NightRetrievalTop1 = held.NightTop1,
                NightRetrievalTop5 = held.NightTop5,
                NightRetrievalChanceTop1 = held.NightChanceTop1,
                EffectiveRank = held.EffectiveRank,
            });
            position = new TrainingPosition(position.Step, epoch + 1, 0, 0);
            store.Save(model, optimizer, position, configJson);
            lastSaved = position.Step;
        }

        SaveEncoder(model.Encoder.EncoderFor(config.Modalities[0]), outputDirectory);
        if (!config.SharedEncoder)
        {
            model.Encoder.SaveWeights(Path.Combine(outputDirectory, "encoders.bin"));
            foreach (var modality in config.Modalities)
                SaveEncoder(model.Encoder.EncoderFor(modality), PretrainedEncoderFiles.ModalityDirectory(outputDirectory, modality));
        }
        return new PretrainingResult(outputDirectory, position.Step, history.Read());
    }

    static void SaveEncoder(ChannelAgnosticEncoder encoder, string directory)
    {
        Directory.CreateDirectory(directory);
        encoder.SaveWeights(Path.Combine(directory, PretrainedEncoderFiles.Weights), WeightFormat.TorchSharp);
        encoder.SaveWeights(Path.Combine(directory, PretrainedEncoderFiles.PyTorchWeights), WeightFormat.PyTorch);
        AtomicFile.WriteAllText(Path.Combine(directory, PretrainedEncoderFiles.Config), encoder.Config.ToJson());
    }

    optim.Optimizer CreateOptimizer(PretrainingModel model) => config.Optimizer switch
    {
        OptimizerKind.Sgd => optim.SGD(model.parameters(), config.LearningRate, momentum: config.Momentum, weight_decay: config.WeightDecay),
        _ => optim.AdamW(model.parameters(), config.LearningRate, weight_decay: config.WeightDecay),
    };

    double Step(PretrainingModel model, optim.Optimizer optimizer, PretrainingBatch batch, double learningRate)
    {
        using var scope = NewDisposeScope();
        foreach (var group in optimizer.ParamGroups) group.LearningRate = learningRate;
        var (loss, _, _) = model.Forward(batch);
        optimizer.zero_grad();
        loss.backward();
        if (config.GradientClipNorm > 0) nn.utils.clip_grad_norm_(model.parameters(), config.GradientClipNorm);
        optimizer.step();
        model.Objective.ClampLogScale();
        return loss.item<float>();
    }

    /// <summary>Held-out loss, retrieval over all held-out clips and within each night, and the embeddings' effective rank.</summary>
    sealed record HeldOutScores(double Loss, RetrievalAccuracy All, int Clips, double NightTop1, double NightTop5, double NightChanceTop1, double EffectiveRank = double.NaN);

    HeldOutScores Validate(PretrainingModel model)
    {
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var embeddings = new List<Tensor>();
        var presences = new List<Tensor>();
        var clipIds = new List<string>();
        double lossSum = 0;
        int batches = 0;
        foreach (var batch in data.Validation())
            using (batch)
            {
                var (loss, e, p) = model.Forward(batch);
                lossSum += loss.item<float>();
                batches++;
                embeddings.Add(e);
                presences.Add(p);
                clipIds.AddRange(batch.ClipIds);
            }
        model.train();
        if (batches == 0) return new HeldOutScores(double.NaN, new RetrievalAccuracy(double.NaN, double.NaN, 0, [], []), 0, double.NaN, double.NaN, double.NaN);
        var all = cat(embeddings, 1);
        var present = cat(presences, 1);
        var overall = CrossModalRetrieval.Evaluate(all, present);
        double rank = EmbeddingEffectiveRank.MeanOverModalities(all, present);

        // Within each night: the candidates are the other clips of the same recording.
        double hits1 = 0, hits5 = 0, chance = 0;
        int queries = 0;
        foreach (var night in clipIds.Select((id, i) => (Night: data.NightOf(id), Index: (long)i)).Where(x => x.Night is not null).GroupBy(x => x.Night))
        {
            var index = tensor(night.Select(x => x.Index).ToArray());
            if (index.shape[0] < 2) continue;
            var r = CrossModalRetrieval.Evaluate(all.index_select(1, index), present.index_select(1, index));
            if (r.Queries == 0) continue;
            hits1 += r.Top1 * r.Queries;
            hits5 += r.Top5 * r.Queries;
            chance += r.Queries / (double)index.shape[0];
            queries += r.Queries;
        }
        return queries == 0
            ? new HeldOutScores(lossSum / batches, overall, clipIds.Count, double.NaN, double.NaN, double.NaN, rank)
            : new HeldOutScores(lossSum / batches, overall, clipIds.Count, hits1 / queries, hits5 / queries, chance / queries, rank);
    }
}
