using System.Diagnostics;
using System.Globalization;
using SleepFM.Signals;

namespace SleepFM.Benchmarks.Signals;

/// <summary>
/// Times <see cref="PreprocessingChain.Pretraining"/> (zero-phase low-pass, 256→128 Hz polyphase, z-score) on one long
/// float32 channel; benchmarks/signals/scipy_chain.py does the same in SciPy and benchmarks/signals/run.sh compares.
/// Arguments: [--hours H] [--rate HZ] [--repeats N].
/// </summary>
public sealed class FiltersBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "filters";

    /// <inheritdoc />
    public string Description => "pretraining preprocessing chain on one 8-h 256-Hz channel (hours of signal per second)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        double hours = 8, rateHz = 256;
        int repeats = 3;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--hours": hours = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rate": rateHz = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeats": repeats = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'; expected --hours, --rate or --repeats");
                    return 2;
            }
        }

        // The same signal as scipy_chain.py, bit for bit: hash noise (Knuth's multiplicative hash, exact in both
        // languages) plus a 10-Hz rhythm, in µV, so the printed mid-sample must agree between the two tools.
        int n = checked((int)Math.Round(hours * 3600 * rateHz));
        var signal = new float[n];
        for (int i = 0; i < n; i++)
        {
            double noise = (uint)((ulong)i * 2654435761UL) / 4294967296.0 - 0.5;
            signal[i] = (float)(20 * noise + 30 * Math.Sin(2 * Math.PI * 10 * i / rateHz));
        }

        var chain = PreprocessingChain.Pretraining;
        chain.Apply(signal.AsSpan(0, (int)Math.Min(n, rateHz * 60)), rateHz);   // warm-up: JIT, not timed
        var seconds = new List<double>();
        double checksum = 0;
        for (int r = 0; r < repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            var result = chain.Apply(signal, rateHz);
            watch.Stop();
            seconds.Add(watch.Elapsed.TotalSeconds);
            checksum = result.Samples[result.Samples.Length / 2];
        }
        seconds.Sort();
        double best = seconds[0], median = seconds[seconds.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"benchmark\":\"filters\",\"tool\":\"SleepFM.Signals\",\"hours\":{hours},\"rateHz\":{rateHz},\"samples\":{n},\"repeats\":{repeats},\"bestSeconds\":{best:F4},\"medianSeconds\":{median:F4},\"hoursPerSecond\":{hours / best:F2},\"midSample\":{checksum:G6}}}"));
        return 0;
    }
}
