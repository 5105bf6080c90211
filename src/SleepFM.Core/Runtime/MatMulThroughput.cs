using System.Diagnostics;
using static TorchSharp.torch;

namespace SleepFM.Runtime;

/// <summary>
/// Measures float32 matrix-multiply throughput on the CPU: the machine's practical peak, against which
/// training throughput is judged (PLATFORM.md: ten 2000×2000 products take ≈0.83 s on 2 threads here).
/// </summary>
public static class MatMulThroughput
{
    /// <summary>One measurement.</summary>
    /// <param name="Size">n of the n×n·n×n product.</param>
    /// <param name="Repeats">Products timed.</param>
    /// <param name="Seconds">Wall time of all repeats.</param>
    /// <param name="GflopsPerSecond">2n³·repeats / seconds / 10⁹.</param>
    public sealed record Measurement(int Size, int Repeats, double Seconds, double GflopsPerSecond);

    /// <summary>Times square products of each size after one warm-up product.</summary>
    /// <param name="sizes">Matrix sizes, each ≥ 1.</param>
    /// <param name="minSecondsPerSize">Keep repeating until this much time has passed (at least one product).</param>
    public static IReadOnlyList<Measurement> Measure(IEnumerable<int> sizes, double minSecondsPerSize = 0.2)
    {
        TorchRuntime.EnsureLoaded();
        var results = new List<Measurement>();
        foreach (var n in sizes)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(sizes));
            using var scope = NewDisposeScope();
            var a = randn(n, n);
            var b = randn(n, n);
            a.matmul(b).Dispose(); // warm-up: first call allocates workspaces
            int repeats = 0;
            var clock = Stopwatch.StartNew();
            do
            {
                a.matmul(b).Dispose();
                repeats++;
            } while (clock.Elapsed.TotalSeconds < minSecondsPerSize);
            double seconds = clock.Elapsed.TotalSeconds;
            results.Add(new Measurement(n, repeats, seconds, 2.0 * n * n * (double)n * repeats / seconds / 1e9));
        }
        return results;
    }
}
