using SleepFM.Evaluation.Metrics;
using SleepFM.Models;
using SleepFM.Tasks;
using static TorchSharp.torch;

namespace SleepFM.Training.FineTuning;

/// <summary>Runs a downstream model over a split and collects every score (shared by fine-tuning and ablations).</summary>
public static class ModelPredictions
{
    /// <summary>
    /// Predicts every window of <paramref name="split"/> in eval mode without gradients.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="data">The data.</param>
    /// <param name="split">Which split.</param>
    /// <param name="usePositions">Pass electrode positions (PT+PE models).</param>
    /// <param name="thresholds">Multilabel thresholds for the predictions (null: predictions all 0).</param>
    /// <param name="channelMask">Optional <c>[C]</c> bool mask ANDed with every batch's channel mask (channel ablations).</param>
    /// <param name="outputColumns">
    /// For a model trained on another label set (the ECG model fine-tuned on CODE-15%): the model output scored as
    /// each of <paramref name="data"/>'s classes, in its class order; null when the model's outputs are the task's classes.
    /// </param>
    public static PredictionSet Predict(DownstreamModel model, IDownstreamData data, DataSplit split, bool usePositions,
        IReadOnlyList<double>? thresholds, Tensor? channelMask = null, IReadOnlyList<int>? outputColumns = null)
    {
        model.eval();
        using var noGrad = no_grad();
        var task = data.Task;
        int width = task.Classes.Count;
        bool multilabel = task.Kind == TaskKind.Multilabel;
        if (outputColumns is not null && outputColumns.Count != width)
            throw new ArgumentException($"{outputColumns.Count} output columns given for {width} classes of {task.Id}.", nameof(outputColumns));
        using var columns = outputColumns is null ? null : tensor(outputColumns.Select(c => (long)c).ToArray());
        var samples = new List<string>();
        var subjects = new List<string>();
        var labels = new List<float[]>();
        var scores = new List<float[]>();
        foreach (var batch in data.Evaluate(split))
            using (batch)
            using (NewDisposeScope())
            {
                var mask = channelMask is null ? batch.ChannelMask : batch.ChannelMask.logical_and(channelMask.unsqueeze(0));
                var logits = model.Forward(batch.Signal, mask, usePositions ? batch.Positions : null);
                if (columns is not null) logits = logits.index_select(1, columns);
                var probabilities = multilabel ? sigmoid(logits) : softmax(logits, 1);
                var p = probabilities.to(float32).cpu().data<float>().ToArray();
                var y = batch.Labels.to(float32).cpu().data<float>().ToArray();
                int labelWidth = multilabel ? width : 1;
                for (int i = 0; i < batch.SampleIds.Count; i++)
                {
                    scores.Add(p[(i * width)..((i + 1) * width)]);
                    labels.Add(y[(i * labelWidth)..((i + 1) * labelWidth)]);
                }
                samples.AddRange(batch.SampleIds);
                subjects.AddRange(batch.SubjectIds);
            }
        var scoreMatrix = new double[scores.Count, width];
        var labelMatrix = new int[labels.Count, multilabel ? width : 1];
        for (int i = 0; i < scores.Count; i++)
        {
            for (int c = 0; c < width; c++) scoreMatrix[i, c] = scores[i][c];
            for (int c = 0; c < labels[i].Length; c++) labelMatrix[i, c] = (int)labels[i][c];
        }
        int[,] predictions;
        if (multilabel) predictions = thresholds is null ? new int[scores.Count, width] : Threshold(scoreMatrix, thresholds);
        else
        {
            var classes = TaskMetrics.PredictedClasses(scoreMatrix);
            predictions = new int[classes.Length, 1];
            for (int i = 0; i < classes.Length; i++) predictions[i, 0] = classes[i];
        }
        return new PredictionSet(split, samples, subjects, labelMatrix, scoreMatrix, predictions);
    }

    /// <summary>0/1 per label: score ≥ that label's threshold.</summary>
    public static int[,] Threshold(double[,] scores, IReadOnlyList<double> thresholds)
    {
        var result = new int[scores.GetLength(0), scores.GetLength(1)];
        for (int i = 0; i < scores.GetLength(0); i++)
            for (int l = 0; l < scores.GetLength(1); l++)
                result[i, l] = scores[i, l] >= thresholds[l] ? 1 : 0;
        return result;
    }
}
