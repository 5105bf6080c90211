using SleepFM.Evaluation.Metrics;

namespace SleepFM.Training.FineTuning;

/// <summary>One epoch of a fine-tuning run.</summary>
/// <param name="Epoch">0-based.</param>
/// <param name="TrainLoss">Mean training loss.</param>
/// <param name="ValidationLoss">Mean validation loss (the early-stopping criterion).</param>
/// <param name="LearningRate">Encoder learning rate used.</param>
public sealed record FineTuningEpoch(int Epoch, double TrainLoss, double ValidationLoss, double LearningRate);

/// <summary>The outcome of fine-tuning one task, regime and seed: the best epoch's model evaluated on test.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="BestEpoch">Epoch with the lowest validation loss (its weights were tested).</param>
/// <param name="History">Every epoch trained.</param>
/// <param name="Validation">Predictions of the best model on validation.</param>
/// <param name="Test">Predictions of the best model on test.</param>
/// <param name="Thresholds">Multilabel: per-label thresholds chosen on validation (F1-optimal); else empty.</param>
/// <param name="TestMetrics">Metrics on test.</param>
public sealed record FineTuningRun(
    long Seed, int BestEpoch, IReadOnlyList<FineTuningEpoch> History,
    PredictionSet Validation, PredictionSet Test, IReadOnlyList<double> Thresholds, MetricSet TestMetrics);
