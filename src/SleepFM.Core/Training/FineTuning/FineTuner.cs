using SleepFM.Evaluation.Metrics;
using SleepFM.Evaluation.Reporting;
using SleepFM.Models;
using SleepFM.Runtime;
using SleepFM.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Training.FineTuning;

/// <summary>
/// Fine-tunes one downstream task for one regime and seed (SPEC.md §5): EEG tasks with label-smoothed
/// cross-entropy and AdamW; multilabel ECG tasks with BCE-with-logits, Adam with separate encoder and
/// head rates, warm-up and reduce-on-plateau. Early stopping on validation loss; the best epoch's
/// weights are tested; multilabel thresholds are chosen on validation and applied unchanged to test.
/// </summary>
public sealed class FineTuner(FineTuningConfig config, IDownstreamData data, string? pretrainedEncoder)
{
    readonly FineTuningConfig config = config.Validate();

    /// <summary>Reported after each epoch (for progress bars).</summary>
    public event Action<FineTuningEpoch>? EpochCompleted;

    /// <summary>Trains and tests with <paramref name="seed"/>; stops early when <paramref name="cancellation"/> fires.</summary>
    /// <param name="seed">Seeds weights, dropout and data order.</param>
    /// <param name="cancellation">Stops between epochs (throws <see cref="OperationCanceledException"/>).</param>
    /// <param name="bestModelPath">Where to save the best epoch's <see cref="DownstreamModel"/> weights (for ablations), or null.</param>
    /// <exception cref="ArgumentException">A pretrained regime without an encoder file.</exception>
    public FineTuningRun Run(long seed, CancellationToken cancellation = default, string? bestModelPath = null)
    {
        var task = data.Task;
        bool multilabel = task.Kind == TaskKind.Multilabel;
        TorchRuntime.Seed(seed, config.Threads);
        var encoderConfig = config.Encoder with { UseChannelPositions = config.Regime == Regime.PretrainedWithPositions };
        using var model = new DownstreamModel(encoderConfig, config.Head, task.Kind, task.Classes.Count);
        if (config.Regime != Regime.Scratch)
        {
            if (pretrainedEncoder is null)
                throw new ArgumentException($"Regime '{config.Regime.Id()}' needs a pretrained encoder (--encoder).", nameof(pretrainedEncoder));
            model.Encoder.LoadWeights(pretrainedEncoder);
        }
        if (config.Regime == Regime.Frozen)
            foreach (var p in model.Encoder.parameters()) p.requires_grad_(false);

        using var optimizer = CreateOptimizer(model, multilabel);
        using var classWeights = config.BalanceClasses && !multilabel ? InverseFrequency(data.TrainClassCounts) : null;
        var history = new List<FineTuningEpoch>();
        Dictionary<string, Tensor>? best = null;
        double bestLoss = double.PositiveInfinity, plateauBest = double.PositiveInfinity;
        int bestEpoch = 0, sinceBest = 0, sincePlateau = 0;
        double encoderRate = config.LearningRate;
        try
        {
            for (int epoch = 0; epoch < config.MaxEpochs && !cancellation.IsCancellationRequested; epoch++)
            {
                double warm = multilabel && epoch < config.WarmupEpochs ? (epoch + 1.0) / (config.WarmupEpochs + 1) : 1.0;
                SetRates(optimizer, multilabel, encoderRate * warm);
                double trainLoss = TrainEpoch(model, optimizer, classWeights, seed, epoch);
                double validationLoss = Loss(model, DataSplit.Validation, classWeights);
                var record = new FineTuningEpoch(epoch, trainLoss, validationLoss, encoderRate * warm);
                history.Add(record);
                EpochCompleted?.Invoke(record);

                if (validationLoss < bestLoss)
                {
                    bestLoss = validationLoss;
                    bestEpoch = epoch;
                    sinceBest = 0;
                    DisposeAll(best);
                    best = model.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone());
                }
                else if (++sinceBest >= config.Patience) break;

                if (multilabel && epoch >= config.WarmupEpochs)
                {
                    if (validationLoss < plateauBest) { plateauBest = validationLoss; sincePlateau = 0; }
                    else if (++sincePlateau >= config.PlateauPatience) { encoderRate *= config.PlateauFactor; sincePlateau = 0; }
                }
            }
            cancellation.ThrowIfCancellationRequested();
            if (best is not null) model.load_state_dict(best);
            if (bestModelPath is not null) model.save(bestModelPath);
        }
        finally
        {
            DisposeAll(best);
        }

        var validation = Predict(model, DataSplit.Validation, null);
        double[] thresholds = multilabel
            ? MultilabelMetrics.BestF1Thresholds(validation.Labels, validation.Scores).Select(c => c.Threshold).ToArray()
            : [];
        if (multilabel) validation = validation with { Predictions = ModelPredictions.Threshold(validation.Scores, thresholds) };
        var test = Predict(model, DataSplit.Test, multilabel ? thresholds : null);
        return new FineTuningRun(seed, bestEpoch, history, validation, test, thresholds, Score(task, test, thresholds));
    }

    optim.Optimizer CreateOptimizer(DownstreamModel model, bool multilabel)
    {
        var encoderParameters = model.Encoder.parameters().Where(p => p.requires_grad).ToList();
        var headParameters = model.Head.parameters().ToList();
        if (!multilabel)
            return optim.AdamW(encoderParameters.Concat(headParameters), config.LearningRate, weight_decay: config.WeightDecay);
        var groups = new List<TorchSharp.Modules.Adam.ParamGroup>();
        if (encoderParameters.Count > 0) groups.Add(new TorchSharp.Modules.Adam.ParamGroup(encoderParameters, lr: config.LearningRate));
        groups.Add(new TorchSharp.Modules.Adam.ParamGroup(headParameters, lr: config.HeadLearningRate));
        return optim.Adam(groups, config.LearningRate);
    }

    // EEG: one group. Multilabel: [encoder,] head; warm-up and plateau scale both rates, keeping the paper's ratio.
    void SetRates(optim.Optimizer optimizer, bool multilabel, double encoderRate)
    {
        var groups = optimizer.ParamGroups.ToList();
        if (!multilabel)
        {
            groups[0].LearningRate = encoderRate;
            return;
        }
        for (int i = 0; i < groups.Count - 1; i++) groups[i].LearningRate = encoderRate;
        groups[^1].LearningRate = config.HeadLearningRate * encoderRate / config.LearningRate;
    }

    double TrainEpoch(DownstreamModel model, optim.Optimizer optimizer, Tensor? classWeights, long seed, int epoch)
    {
        model.train();
        if (config.Regime == Regime.Frozen) model.Encoder.eval();
        double sum = 0;
        int batches = 0;
        foreach (var batch in data.TrainEpoch(seed, epoch))
            using (batch)
            using (NewDisposeScope())
            {
                var logits = model.Forward(batch.Signal, batch.ChannelMask, config.Regime == Regime.PretrainedWithPositions ? batch.Positions : null);
                var loss = LossOf(logits, batch.Labels, classWeights);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                sum += loss.item<float>();
                batches++;
            }
        return sum / Math.Max(1, batches);
    }

    double Loss(DownstreamModel model, DataSplit split, Tensor? classWeights)
    {
        model.eval();
        using var noGrad = no_grad();
        double sum = 0;
        long count = 0;
        foreach (var batch in data.Evaluate(split))
            using (batch)
            using (NewDisposeScope())
            {
                var logits = model.Forward(batch.Signal, batch.ChannelMask, config.Regime == Regime.PretrainedWithPositions ? batch.Positions : null);
                long n = batch.Signal.shape[0];
                sum += LossOf(logits, batch.Labels, classWeights).item<float>() * n;
                count += n;
            }
        return count == 0 ? double.NaN : sum / count;
    }

    Tensor LossOf(Tensor logits, Tensor labels, Tensor? classWeights) =>
        data.Task.Kind == TaskKind.Multilabel
            ? nn.functional.binary_cross_entropy_with_logits(logits, labels)
            : nn.functional.cross_entropy(logits, labels, weight: classWeights, label_smoothing: config.LabelSmoothing);

    PredictionSet Predict(DownstreamModel model, DataSplit split, double[]? thresholds) =>
        ModelPredictions.Predict(model, data, split, config.Regime == Regime.PretrainedWithPositions, thresholds);

    /// <summary>The metrics of a prediction set, as results.csv reports them.</summary>
    public static MetricSet Score(DownstreamTask task, PredictionSet predictions, IReadOnlyList<double> thresholds)
    {
        switch (task.Kind)
        {
            case TaskKind.Multilabel:
                return TaskMetrics.Multilabel(predictions.Labels, predictions.Scores, thresholds.ToArray(), task.Classes);
            case TaskKind.Binary:
                var positive = new double[predictions.Count];
                var predicted = new int[predictions.Count];
                for (int i = 0; i < predictions.Count; i++) { positive[i] = predictions.Scores[i, 1]; predicted[i] = predictions.Predictions[i, 0]; }
                return TaskMetrics.Binary(predictions.ClassLabels(), predicted, positive);
            default:
                return TaskMetrics.Multiclass(predictions.ClassLabels(), predictions.Scores);
        }
    }

    static Tensor InverseFrequency(IReadOnlyList<int> counts)
    {
        double total = counts.Sum();
        var weights = counts.Select(c => c > 0 ? (float)(total / (counts.Count * (double)c)) : 0f).ToArray();
        return tensor(weights);
    }

    static void DisposeAll(Dictionary<string, Tensor>? tensors)
    {
        if (tensors is null) return;
        foreach (var t in tensors.Values) t.Dispose();
    }
}
