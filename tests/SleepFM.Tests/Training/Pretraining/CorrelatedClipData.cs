using SleepFM.Models;
using SleepFM.Training.Pretraining;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Pretraining;

/// <summary>
/// Tiny in-memory clips whose modalities share a hidden per-clip rhythm (frequency and phase), so a
/// contrastive encoder can learn to match them. Order is a pure function of (seed, epoch), as the
/// pretraining contract requires. Modality "C" is missing for every third clip.
/// </summary>
sealed class CorrelatedClipData(int trainClips, int validationClips, int batchSize, int samples, long seed) : IPretrainingData
{
    public static readonly string[] Names = ["A", "B", "C"];
    static readonly int[] Channels = [3, 2, 1];

    public int TrainBatchesPerEpoch => trainClips / batchSize;

    public IEnumerable<PretrainingBatch> TrainEpoch(int epoch, int skipBatches)
    {
        var order = Enumerable.Range(0, trainClips).ToArray();
        new Random(HashCode.Combine(seed, epoch)).Shuffle(order);
        for (int b = skipBatches; b < TrainBatchesPerEpoch; b++)
            yield return Make(order.Skip(b * batchSize).Take(batchSize).ToArray());
    }

    public IEnumerable<PretrainingBatch> Validation()
    {
        for (int start = 0; start + batchSize <= validationClips; start += batchSize)
            yield return Make(Enumerable.Range(trainClips + start, batchSize).ToArray());
    }

    /// <summary>Held-out clips alternate between two "nights"; training clips have none.</summary>
    public string? NightOf(string clipId)
    {
        int clip = int.Parse(clipId["clip".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return clip >= trainClips ? $"night{(clip - trainClips) % 2}" : null;
    }

    PretrainingBatch Make(int[] clips)
    {
        var parts = new Dictionary<string, ModalityBatch>();
        for (int m = 0; m < Names.Length; m++)
        {
            var signal = new float[clips.Length * Channels[m] * samples];
            var mask = new bool[clips.Length * Channels[m]];
            for (int i = 0; i < clips.Length; i++)
            {
                var clipRandom = new Random(HashCode.Combine(seed, clips[i]));
                double frequency = 2 + 10 * clipRandom.NextDouble(), phase = 2 * Math.PI * clipRandom.NextDouble();
                var noise = new Random(HashCode.Combine(seed, clips[i], m));
                bool present = m < 2 || clips[i] % 3 != 0;
                for (int c = 0; c < Channels[m]; c++)
                {
                    mask[i * Channels[m] + c] = present;
                    for (int t = 0; t < samples; t++)
                        signal[(i * Channels[m] + c) * samples + t] = present
                            ? (float)(Math.Sin(2 * Math.PI * frequency * t / 128.0 + phase + c) + 0.3 * (noise.NextDouble() - 0.5))
                            : float.NaN;   // absent data must never be read
                }
            }
            parts[Names[m]] = new ModalityBatch(
                tensor(signal, [clips.Length, Channels[m], samples]),
                tensor(mask, [clips.Length, Channels[m]]));
        }
        return new PretrainingBatch(parts, clips.Select(c => $"clip{c}").ToList());
    }
}
