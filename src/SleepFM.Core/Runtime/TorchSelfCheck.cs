using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Runtime;

/// <summary>
/// Proves LibTorch works end to end: a tensor operation and a backward pass whose gradient is
/// compared with the analytic one. Used by <c>sleepfm info</c>, the environment notebook and the tests.
/// </summary>
public static class TorchSelfCheck
{
    /// <summary>Outcome of <see cref="Run"/>.</summary>
    /// <param name="Loss">Value of <c>sum((W·x)²)</c> for the seeded W and x.</param>
    /// <param name="MaxGradientError">Largest absolute difference between autograd's dL/dW and the analytic <c>2(W·x)xᵀ</c>.</param>
    /// <param name="Elapsed">Wall time of the check.</param>
    public sealed record Result(double Loss, double MaxGradientError, TimeSpan Elapsed)
    {
        /// <summary>True when autograd agrees with the analytic gradient to float64 round-off.</summary>
        public bool Passed => double.IsFinite(Loss) && MaxGradientError < 1e-10;
    }

    /// <summary>Runs the check in float64 on the CPU with a fixed seed.</summary>
    public static Result Run(long seed = 42)
    {
        TorchRuntime.EnsureLoaded();
        var clock = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        var generator = new Generator((ulong)seed);
        var w = randn([4, 3], dtype: float64, generator: generator).requires_grad_(true);
        var x = randn([3, 1], dtype: float64, generator: generator);
        var wx = w.matmul(x);
        var loss = wx.pow(2).sum();
        loss.backward();
        using (no_grad())
        {
            var analytic = 2 * wx.detach().matmul(x.t());
            var error = (w.grad! - analytic).abs().max().item<double>();
            return new Result(loss.item<double>(), error, clock.Elapsed);
        }
    }
}
