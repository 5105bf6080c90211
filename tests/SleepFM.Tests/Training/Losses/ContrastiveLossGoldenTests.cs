using System.Text.Json;
using SleepFM.Runtime;
using TorchSharp;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.Losses;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Losses;

/// <summary>LOO-CL and pairwise losses against PyTorch 1.13's values in fixtures/reference/contrastive_loss.json.</summary>
[Collection("Torch")]
public sealed class ContrastiveLossGoldenTests
{
    sealed record Case(double T, double LooLoss, double DLossDt, double GradNorm, double PairwiseLoss);

    static (double[] Embeddings, long[] Shape, List<Case> Cases) ReadFixture()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("reference", "contrastive_loss.json")));
        var root = doc.RootElement;
        var shape = root.GetProperty("shape_M_B_D").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var values = root.GetProperty("embeddings").EnumerateArray()
            .SelectMany(m => m.EnumerateArray()).SelectMany(b => b.EnumerateArray()).Select(v => v.GetDouble()).ToArray();
        var cases = root.GetProperty("cases").EnumerateArray().Select(c => new Case(
            c.GetProperty("log_scale_t").GetDouble(),
            c.GetProperty("leave_one_out_loss").GetDouble(),
            c.GetProperty("d_loss_d_t").GetDouble(),
            c.GetProperty("grad_embeddings_l2_norm").GetDouble(),
            c.GetProperty("pairwise_loss").GetDouble())).ToList();
        return (values, shape, cases);
    }

    [FixtureTheory]
    [InlineData(ScalarType.Float64, 1e-6)]
    [InlineData(ScalarType.Float32, 1e-4)]
    public void LeaveOneOutMatchesPyTorch(ScalarType dtype, double tolerance)
    {
        TorchRuntime.EnsureLoaded();
        var (values, shape, cases) = ReadFixture();
        Assert.Equal(3, cases.Count);
        foreach (var c in cases)
        {
            using var scope = NewDisposeScope();
            using var loss = new LeaveOneOutContrastiveLoss();
            loss.to(dtype);
            loss.SetLogScale(c.T);
            var e = tensor(values, shape, dtype: dtype).requires_grad_(true);
            var value = loss.forward(e, null);
            value.backward();
            Assert.Equal(c.LooLoss, value.to(float64).item<double>(), tolerance);
            Assert.Equal(c.DLossDt, loss.LogScale.grad!.to(float64).item<double>(), tolerance);
            Assert.Equal(c.GradNorm, e.grad!.to(float64).norm().item<double>(), tolerance);
        }
    }

    [FixtureTheory]
    [InlineData(ScalarType.Float64, 1e-6)]
    [InlineData(ScalarType.Float32, 1e-4)]
    public void PairwiseMatchesPyTorch(ScalarType dtype, double tolerance)
    {
        TorchRuntime.EnsureLoaded();
        var (values, shape, cases) = ReadFixture();
        foreach (var c in cases)
        {
            using var scope = NewDisposeScope();
            using var loss = new PairwiseContrastiveLoss();
            loss.to(dtype);
            loss.SetLogScale(c.T);
            var value = loss.forward(tensor(values, shape, dtype: dtype), null);
            Assert.Equal(c.PairwiseLoss, value.to(float64).item<double>(), tolerance);
        }
    }
}
