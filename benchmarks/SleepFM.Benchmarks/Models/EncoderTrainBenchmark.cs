using System.Diagnostics;
using System.Globalization;
using SleepFM.Models;
using SleepFM.Runtime;
using SleepFM.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Benchmarks.Models;

/// <summary>
/// Times LOO-CL pretraining steps (forward, backward, AdamW) of a shared <see cref="ChannelAgnosticEncoder"/>
/// on three modalities (BAS 6 channels, ECG 1, RESP 3) of random clips; benchmarks/encoder/pytorch_train.py does
/// the same with the PyTorch reference model and benchmarks/encoder/run.sh compares.
/// Arguments: [--preset small] [--batch 16] [--tokens 60] [--threads 2] [--steps 10] [--warmup 2].
/// </summary>
public sealed class EncoderTrainBenchmark : IBenchmark
{
    /// <summary>Channels per modality of the benchmark batch; pytorch_train.py uses the same.</summary>
    public static readonly (string Name, int Channels)[] Modalities = [("BAS", 6), ("ECG", 1), ("RESP", 3)];

    /// <inheritdoc />
    public string Name => "encoder-train";

    /// <inheritdoc />
    public string Description => "LOO-CL training steps of the shared encoder (clips/s, ms/step, GFLOP/s)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string preset = "small";
        int batch = 16, tokens = 60, threads = 2, steps = 10, warmup = 2;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--preset": preset = args[i + 1]; break;
                case "--batch": batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--tokens": tokens = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--steps": steps = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'; expected --preset, --batch, --tokens, --threads, --steps or --warmup");
                    return 2;
            }
        }

        var config = EncoderConfig.FromPreset(preset);
        TorchRuntime.Seed(42, threads);
        using var encoder = new MultiModalEncoder(config, Modalities.Select(m => m.Name));
        using var loss = new LeaveOneOutContrastiveLoss();
        using var optimizer = optim.AdamW(encoder.parameters().Concat(loss.parameters()), lr: 1e-3);
        encoder.train();
        var generator = new Generator(7);
        var batchData = Modalities.ToDictionary(
            m => m.Name,
            m => new ModalityBatch(randn([batch, m.Channels, (long)tokens * config.TokenSamples], generator: generator)));

        double lastLoss = 0;
        var stepSeconds = new List<double>();
        for (int step = 0; step < warmup + steps; step++)
        {
            var watch = Stopwatch.StartNew();
            using (var scope = NewDisposeScope())
            {
                optimizer.zero_grad();
                var (embeddings, presence) = encoder.EncodeClips(batchData);
                var value = loss.forward(embeddings, presence);
                value.backward();
                optimizer.step();
                lastLoss = value.item<float>();
            }
            if (step >= warmup) stepSeconds.Add(watch.Elapsed.TotalSeconds);
        }
        stepSeconds.Sort();
        double median = stepSeconds[stepSeconds.Count / 2];
        double flopsPerStep = 3 * batch * Modalities.Sum(m => EncoderFlops.ForwardPerClip(config, m.Channels, tokens));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"benchmark\":\"encoder-train\",\"tool\":\"SleepFM (TorchSharp {typeof(torch).Assembly.GetName().Version}, LibTorch {TorchRuntime.LibTorchVersion()})\",\"preset\":\"{preset}\",\"batch\":{batch},\"tokens\":{tokens},\"threads\":{threads},\"steps\":{steps},\"parameters\":{encoder.parameters().Sum(p => p.numel())},\"medianMsPerStep\":{median * 1000:F1},\"clipsPerSecond\":{batch / median:F2},\"gflopPerStep\":{flopsPerStep / 1e9:F3},\"gflopsPerSecond\":{flopsPerStep / 1e9 / median:F2},\"lastLoss\":{lastLoss:G6}}}"));
        foreach (var part in batchData.Values) part.Signal.Dispose();
        return 0;
    }
}
