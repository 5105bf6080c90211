using System.Globalization;
using SleepFM.Evaluation.Reporting;
using SleepFM.IO;
using SleepFM.Models;
using SleepFM.Training.FineTuning;
using static TorchSharp.torch;

namespace SleepFM.Evaluation.Ablation;

/// <summary>
/// Test-time channel ablation (SPEC.md §6): a model fine-tuned on the full montage is tested with only
/// k of its C channels, for k = 1 … C and several seeded subsets per k. The set pooling and the channel
/// mask make this possible without retraining: dropped channels are simply masked out.
/// </summary>
public static class ChannelAblation
{
    /// <summary>Options of a sweep.</summary>
    /// <param name="SubsetsPerSize">Subsets drawn per k (paper: 5).</param>
    /// <param name="Strategy">Random or by region.</param>
    /// <param name="Seed">Seed of the subset draws.</param>
    /// <param name="Threshold">Fraction of the full-montage score that counts as kept (paper: 0.95).</param>
    /// <param name="Metric">Metric to score; null for the task's headline metric.</param>
    /// <param name="OutputColumns">The model outputs scored as the task's classes when it was trained on another label set (see <see cref="ModelPredictions.Predict"/>).</param>
    public sealed record Options(int SubsetsPerSize = 5, SubsetStrategy Strategy = SubsetStrategy.Random, int Seed = 42, double Threshold = 0.95, string? Metric = null,
        IReadOnlyList<int>? OutputColumns = null);

    /// <summary>The outcome: every subset, the per-k summary, and the headline number.</summary>
    /// <param name="Subsets">Every evaluated subset.</param>
    /// <param name="Curve">Mean and 95% CI per k.</param>
    /// <param name="FullMontageScore">The score with all channels.</param>
    /// <param name="FewestChannels">Smallest k whose mean keeps ≥ the threshold of the full score, or null.</param>
    public sealed record Result(IReadOnlyList<AblationSubset> Subsets, IReadOnlyList<AblationPoint> Curve, double FullMontageScore, int? FewestChannels)
    {
        /// <summary><see cref="FewestChannels"/> as a fraction of the montage.</summary>
        public double? FewestChannelsFraction => FewestChannels is { } k && Curve.Count > 0 ? (double)k / Curve[0].TotalChannels : null;
    }

    /// <summary>Runs the sweep on the test split.</summary>
    /// <param name="model">The fine-tuned model.</param>
    /// <param name="data">The task's data; every window must share the montage <paramref name="channelNames"/>.</param>
    /// <param name="channelNames">The C channels, in batch order.</param>
    /// <param name="thresholds">Multilabel thresholds chosen on validation when the model was fine-tuned; empty otherwise.</param>
    /// <param name="usePositions">The model uses the channel PE.</param>
    /// <param name="options">Sweep options.</param>
    /// <param name="progress">Called after each subset with (done, total).</param>
    public static Result Run(DownstreamModel model, IDownstreamData data, IReadOnlyList<string> channelNames,
        IReadOnlyList<double> thresholds, bool usePositions, Options options, Action<int, int>? progress = null)
    {
        var task = data.Task;
        string metric = options.Metric ?? task.HeadlineMetric;
        var draws = ChannelSubsets.Draw(channelNames, options.SubsetsPerSize, options.Strategy, options.Seed);
        var subsets = new List<AblationSubset>();
        int index = 0;
        foreach (var group in draws.GroupBy(d => d.K))
        {
            int i = 0;
            foreach (var (k, indices) in group)
            {
                var keep = new bool[channelNames.Count];
                foreach (var c in indices) keep[c] = true;
                using var mask = tensor(keep);
                var predictions = ModelPredictions.Predict(model, data, DataSplit.Test, usePositions, thresholds, mask, options.OutputColumns);
                double value = FineTuner.Score(task, predictions, thresholds)[metric];
                subsets.Add(new AblationSubset(task.Id, k, i++, indices.Select(c => channelNames[c]).ToList(), metric, value));
                progress?.Invoke(++index, draws.Count);
            }
        }
        double full = subsets.Single(s => s.ChannelCount == channelNames.Count).Value;
        var curve = subsets.GroupBy(s => s.ChannelCount).OrderBy(g => g.Key).Select(g =>
        {
            var values = g.Select(s => s.Value).Where(double.IsFinite).ToArray();
            double mean = values.Length > 0 ? values.Average() : double.NaN;
            double half = values.Length > 1
                ? StudentT.Critical95(values.Length - 1) * Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) / Math.Sqrt(values.Length)
                : 0;
            double fraction = mean / full;
            return new AblationPoint(task.Id, g.Key, channelNames.Count, mean, mean - half, mean + half, values.Length, fraction, fraction >= options.Threshold);
        }).ToList();
        int? fewest = curve.FirstOrDefault(p => p.ReachesThreshold)?.ChannelCount;
        return new Result(subsets, curve, full, fewest);
    }

    /// <summary>
    /// Writes <c>ablation.csv</c>: one row per subset (<c>task, k, subset, channels, metric, value</c>) with the
    /// per-k summary beside it (<c>mean, ci_lower, ci_upper, fraction_of_full, reaches_threshold</c>) and the
    /// full-montage score and fewest channels in every row.
    /// </summary>
    public static void WriteCsv(string path, Result result)
    {
        var inv = CultureInfo.InvariantCulture;
        var byK = result.Curve.ToDictionary(p => p.ChannelCount);
        var lines = new List<string> { "task,k,subset,channels,metric,value,mean,ci_lower,ci_upper,fraction_of_full,reaches_threshold,full_montage,fewest_channels" };
        foreach (var s in result.Subsets)
        {
            var p = byK[s.ChannelCount];
            lines.Add(string.Join(",", s.TaskId, s.ChannelCount.ToString(inv), s.SubsetIndex.ToString(inv), Csv.Escape(string.Join("|", s.Channels)),
                s.Metric, s.Value.ToString("R", inv), p.Mean.ToString("R", inv), p.CiLower.ToString("R", inv), p.CiUpper.ToString("R", inv),
                p.FractionOfFull.ToString("R", inv), p.ReachesThreshold ? "true" : "false", result.FullMontageScore.ToString("R", inv),
                result.FewestChannels?.ToString(inv) ?? ""));
        }
        AtomicFile.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")));
    }
}
