using System.Diagnostics;
using System.Globalization;
using SleepFM.Models;
using SleepFM.Models.Heads;
using SleepFM.Runtime;
using SleepFM.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Benchmarks.Models;

/// <summary>
/// Times one fine-tuning step (forward, backward, AdamW) of a <see cref="DownstreamModel"/> (encoder + EEG head,
/// 5 classes) on a batch of random clips, default 16 clips × 19 channels × 10 tokens, as the transfer stage runs it;
/// benchmarks/encoder/pytorch_step.py does the same with the PyTorch reference encoder. With <c>--profile</c> it
/// also times forward and forward+backward of each encoder stage on its own.
/// Arguments: [--preset tiny] [--batch 16] [--channels 19] [--tokens 10] [--threads 2] [--steps 20] [--warmup 3] [--profile].
/// </summary>
public sealed class EncoderStepBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "encoder-step";

    /// <inheritdoc />
    public string Description => "fine-tuning steps of encoder + EEG head (ms/step), optional per-stage profile";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string preset = "tiny";
        int batch = 16, channels = 19, tokens = 10, threads = 2, steps = 20, warmup = 3;
        bool profile = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--profile") { profile = true; continue; }
            if (i + 1 >= args.Length) { Console.Error.WriteLine($"missing value for '{args[i]}'"); return 2; }
            string value = args[++i];
            switch (args[i - 1])
            {
                case "--preset": preset = value; break;
                case "--batch": batch = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--channels": channels = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--tokens": tokens = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--steps": steps = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(value, CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i - 1]}'");
                    return 2;
            }
        }

        var config = EncoderConfig.FromPreset(preset);
        TorchRuntime.Seed(42, threads);
        using var model = new DownstreamModel(config, new HeadConfig(), TaskKind.Multiclass, 5);
        using var optimizer = optim.AdamW(model.parameters(), lr: 1e-3);
        model.train();
        var generator = new Generator(7);
        using var signal = randn([batch, channels, (long)tokens * config.TokenSamples], generator: generator);
        using var mask = ones([batch, channels], dtype: ScalarType.Bool);
        using var labels = randint(0, 5, [batch], generator: generator);

        double lastLoss = 0;
        var (median, medianCpu) = MedianMs(warmup, steps, () =>
        {
            using var scope = NewDisposeScope();
            var logits = model.Forward(signal, mask, null);
            var loss = nn.functional.cross_entropy(logits, labels, label_smoothing: 0.1);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lastLoss = loss.item<float>();
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"benchmark\":\"encoder-step\",\"tool\":\"SleepFM (TorchSharp {typeof(torch).Assembly.GetName().Version}, LibTorch {TorchRuntime.LibTorchVersion()})\",\"preset\":\"{preset}\",\"batch\":{batch},\"channels\":{channels},\"tokens\":{tokens},\"threads\":{threads},\"steps\":{steps},\"medianMsPerStep\":{median:F1},\"medianCpuMsPerStep\":{medianCpu:F1},\"lastLoss\":{lastLoss:G6}}}"));
        if (profile)
        {
            Profile(model, signal, mask, warmup, steps);
            var opt = MedianMs(warmup, steps, () => { optimizer.zero_grad(); optimizer.step(); });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"AdamW zero_grad+step",-22} {opt.Wall,8:F2} ms (cpu {opt.Cpu,8:F2}), {model.parameters().Count()} tensors"));
        }
        return 0;
    }

    static void Profile(DownstreamModel model, Tensor signal, Tensor mask, int warmup, int steps)
    {
        var encoder = model.Encoder;
        var parts = encoder.named_children().ToDictionary(kv => kv.name, kv => kv.module);
        var tokenizer = (PatchTokenizer)parts["tokenizer"];
        var spatial = (SpatialAttentionPooling)parts["spatial_pooling"];
        var temporal = (TransformerEncoder)parts["transformer_encoder"];
        var pooling = (TemporalAttentionPooling)parts["temporal_pooling"];
        long b = signal.shape[0], c = signal.shape[1], t = signal.shape[2];
        long s = t / encoder.Config.TokenSamples, d = encoder.Config.EmbeddingDim;
        using var flat = signal.reshape(b * c, t).detach();   // no input gradient, as in training
        using var tokens4 = randn([b, c, s, d]).requires_grad_(true);
        using var tokens3 = randn([b, s, d]).requires_grad_(true);

        Stage("tokenizer", () => tokenizer.forward(flat));
        Stage("spatial_pooling", () => spatial.forward(tokens4, mask));
        Stage("transformer_encoder", () => temporal.forward(tokens3));
        Stage("temporal_pooling", () => pooling.forward(tokens3));
        Stage("head", () => model.Head.forward(tokens3));
        Stage("whole encoder", () => encoder.forward(signal, mask).Clip);
        Stage("whole model", () => model.Forward(signal, mask, null));

        void Stage(string name, Func<Tensor> forward)
        {
            var fwd = MedianMs(warmup, steps, () => { using var scope = NewDisposeScope(); forward(); });
            var both = MedianMs(warmup, steps, () =>
            {
                using var scope = NewDisposeScope();
                model.zero_grad();
                forward().sum().backward();
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-22} forward {fwd.Wall,8:F2} ms (cpu {fwd.Cpu,8:F2})   forward+backward {both.Wall,8:F2} ms (cpu {both.Cpu,8:F2})"));
        }
    }

    // Median wall-clock ms per call. On a shared machine the process CPU time per call (Cpu) is the steadier
    // number at 1 thread: it leaves out the time other processes held the cores.
    static (double Wall, double Cpu) MedianMs(int warmup, int steps, Action step)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < warmup + steps; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            step();
            watch.Stop();
            process.Refresh();
            if (i < warmup) continue;
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        return (wall[wall.Count / 2], cpu[cpu.Count / 2]);
    }
}
