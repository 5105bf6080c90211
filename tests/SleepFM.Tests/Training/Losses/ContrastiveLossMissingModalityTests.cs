using SleepFM.Runtime;
using TorchSharp;
using SleepFM.Training.Losses;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Losses;

/// <summary>
/// Missing modalities, the clamp on t, and an independent managed implementation of the documented
/// rules (loops over doubles, no tensors) to check the vectorised masking against.
/// </summary>
[Collection("Torch")]
public sealed class ContrastiveLossMissingModalityTests
{
    const int M = 3, B = 5, D = 4;

    static double[] Embeddings(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, M * B * D).Select(_ => random.NextDouble() * 2 - 1).ToArray();
    }

    static double[] Row(double[] e, int m, int b)
    {
        var row = e.AsSpan((m * B + b) * D, D).ToArray();
        double norm = Math.Sqrt(row.Sum(v => v * v));
        return row.Select(v => v / norm).ToArray();
    }

    static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    /// <summary>Σ over eligible rows of −log softmax over eligible columns, both directions.</summary>
    static double SymmetricCe(Func<int, int, double> logit, List<int> clips)
    {
        double total = 0;
        foreach (var r in clips)
        {
            total -= logit(r, r) - Math.Log(clips.Sum(c => Math.Exp(logit(r, c))));
            total -= logit(r, r) - Math.Log(clips.Sum(c => Math.Exp(logit(c, r))));
        }
        return total;
    }

    static double ManagedLeaveOneOut(double[] e, bool[,] present, double t)
    {
        double scale = Math.Exp(t), total = 0;
        int rows = 0;
        for (int i = 0; i < M; i++)
        {
            var clips = Enumerable.Range(0, B).Where(b => present[i, b] && Enumerable.Range(0, M).Any(j => j != i && present[j, b])).ToList();
            if (clips.Count < 2) continue;
            double[] Target(int b)
            {
                var others = Enumerable.Range(0, M).Where(j => j != i && present[j, b]).Select(j => Row(e, j, b)).ToList();
                return Enumerable.Range(0, D).Select(k => others.Average(o => o[k])).ToArray();
            }
            total += SymmetricCe((r, c) => scale * Dot(Row(e, i, r), Target(c)), clips);
            rows += clips.Count;
        }
        return total / (2 * rows);
    }

    static double ManagedPairwise(double[] e, bool[,] present, double t)
    {
        double scale = Math.Exp(t), total = 0;
        int rows = 0;
        for (int i = 0; i < M; i++)
            for (int j = i + 1; j < M; j++)
            {
                var clips = Enumerable.Range(0, B).Where(b => present[i, b] && present[j, b]).ToList();
                if (clips.Count < 2) continue;
                total += SymmetricCe((r, c) => scale * Dot(Row(e, i, r), Row(e, j, c)), clips);
                rows += clips.Count;
            }
        return total / (2 * rows);
    }

    static readonly bool[,] SomeMissing =
    {
        { true, true, false, true, true },
        { true, false, true, true, true },
        { false, true, true, true, false },
    };

    static Tensor PresenceTensor(bool[,] p) =>
        tensor(Enumerable.Range(0, M * B).Select(k => p[k / B, k % B]).ToArray(), [M, B]);

    [Fact]
    public void VectorisedLossesFollowTheDocumentedRulesForMissingModalities()
    {
        TorchRuntime.EnsureLoaded();
        var e = Embeddings(7);
        using var scope = NewDisposeScope();
        using var loo = new LeaveOneOutContrastiveLoss();
        using var pairwise = new PairwiseContrastiveLoss();
        loo.to(float64);
        pairwise.to(float64);
        loo.SetLogScale(0.7);        // after the cast, so t is 0.7 to float64 precision
        pairwise.SetLogScale(0.7);
        var embeddings = tensor(e, [M, B, D], dtype: float64);
        var presence = PresenceTensor(SomeMissing);
        Assert.Equal(ManagedLeaveOneOut(e, SomeMissing, 0.7), loo.forward(embeddings, presence).item<double>(), 1e-12);
        Assert.Equal(ManagedPairwise(e, SomeMissing, 0.7), pairwise.forward(embeddings, presence).item<double>(), 1e-12);

        // And with everything present the same managed code gives the unmasked loss (the normaliser is 2·M·B).
        var all = new bool[M, B];
        for (int m = 0; m < M; m++) for (int b = 0; b < B; b++) all[m, b] = true;
        Assert.Equal(ManagedLeaveOneOut(e, all, 0.7), loo.forward(embeddings, null).item<double>(), 1e-12);
        Assert.Equal(ManagedPairwise(e, all, 0.7), pairwise.forward(embeddings, null).item<double>(), 1e-12);
    }

    [Fact]
    public void AbsentEntriesAreNeverReadEvenWhenTheyHoldNaN()
    {
        TorchRuntime.EnsureLoaded();
        var e = Embeddings(11);
        var poisoned = (double[])e.Clone();
        for (int m = 0; m < M; m++)
            for (int b = 0; b < B; b++)
                if (!SomeMissing[m, b])
                    for (int k = 0; k < D; k++) poisoned[(m * B + b) * D + k] = double.NaN;
        using var scope = NewDisposeScope();
        using var loss = new LeaveOneOutContrastiveLoss();
        loss.to(float64);
        var presence = PresenceTensor(SomeMissing);
        var clean = loss.forward(tensor(e, [M, B, D], dtype: float64), presence).item<double>();
        var input = tensor(poisoned, [M, B, D], dtype: float64).requires_grad_(true);
        var value = loss.forward(input, presence);
        value.backward();
        Assert.Equal(clean, value.item<double>(), 1e-14);
        Assert.False(input.grad!.isnan().any().item<bool>(), "NaN leaked into the gradient through an absent entry");
        Assert.False(loss.LogScale.grad!.isnan().item<bool>());
    }

    [Fact]
    public void NegativeLogScaleIsClampedToZeroBeforeUse()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        using var loss = new LeaveOneOutContrastiveLoss();
        loss.to(float64);
        var embeddings = tensor(Embeddings(3), [M, B, D], dtype: float64);
        var atZero = loss.forward(embeddings, null).item<double>();
        loss.SetLogScale(-1.5);
        var clamped = loss.forward(embeddings, null).item<double>();
        Assert.Equal(0.0, loss.LogScale.item<double>());
        Assert.Equal(atZero, clamped, 1e-15);
    }

    [Fact]
    public void TermsWithoutNegativesAreSkippedAndAnEmptyLossIsZero()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        using var loss = new LeaveOneOutContrastiveLoss();
        var embeddings = tensor(Embeddings(5), [M, B, D], dtype: float32).requires_grad_(true);
        var onlyOneClipComplete = zeros(M, B, dtype: ScalarType.Bool);
        onlyOneClipComplete[.., 0] = tensor(true);
        var value = loss.forward(embeddings, onlyOneClipComplete);
        value.backward();   // still differentiable
        Assert.Equal(0.0, value.item<float>());
    }

    [Fact]
    public void RejectsBadShapes()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        using var loss = new LeaveOneOutContrastiveLoss();
        var error = Assert.Throws<ArgumentException>(() => loss.forward(zeros(1, 4, 3), null));
        Assert.Contains("M ≥ 2", error.Message);
        Assert.Throws<ArgumentException>(() => loss.forward(zeros(2, 4, 3), ones(2, 5, dtype: ScalarType.Bool)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PairwiseContrastiveLoss(-0.1));
    }
}
