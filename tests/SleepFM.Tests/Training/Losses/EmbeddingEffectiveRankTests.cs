using SleepFM.Runtime;
using SleepFM.Training.Losses;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Losses;

/// <summary>Effective rank on embeddings whose spread is known, and against NumPy.</summary>
[Collection("Torch")]
public sealed class EmbeddingEffectiveRankTests
{
    [Fact]
    public void IsotropicSpreadOverThreeAxesHasRankThree()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        // ±e0, ±e1, ±e2 in 8 dimensions, plus a constant offset that centring must remove.
        var axes = eye(8, dtype: float64)[..3];
        var rows = cat([axes, -axes], 0) + full(8, 5.0, dtype: float64);
        Assert.Equal(3.0, EmbeddingEffectiveRank.Of(rows), 9);
    }

    [Fact]
    public void ClipsOnOneLineHaveRankOne()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        // Two "cohorts" far apart along one axis, as a collapsed contrastive model gives.
        var direction = randn(16, generator: new TorchSharp.torch.Generator(3), dtype: float64);
        var amounts = tensor(new[] { -14.0, -13.5, -15.2, 13.9, 14.4, 12.8 }).unsqueeze(1);
        Assert.Equal(1.0, EmbeddingEffectiveRank.Of(amounts * direction + 2.0), 9);
    }

    [Fact]
    public void MatchesNumPyOnAFixedMatrix()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var values = new double[9, 5];
        for (int i = 0; i < 9; i++)
            for (int j = 0; j < 5; j++) values[i, j] = Math.Sin(i * 7 + j * 3) + 0.1 * j;
        // numpy: s = svd(X - X.mean(0)); p = s / s.sum(); exp(-(p * log p).sum())
        Assert.Equal(NumPyRank, EmbeddingEffectiveRank.Of(tensor(values)), 10);
    }

    const double NumPyRank = 1.5768083534558002;

    [Fact]
    public void IdenticalRowsHaveNoRank()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        Assert.True(double.IsNaN(EmbeddingEffectiveRank.Of(ones(4, 3))));
    }

    [Fact]
    public void AbsentClipsDoNotCount()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var axes = eye(4, dtype: float64)[..2];
        var spread = cat([axes, -axes, zeros(1, 4, dtype: float64)], 0);            // rank 2 ...
        var outlier = spread.clone();
        outlier[4] = tensor(new[] { 0.0, 0.0, 50.0, 0.0 });                          // ... unless the fifth clip counts
        var embeddings = stack([spread, outlier], 0);
        var presence = tensor(new[,] { { true, true, true, true, true }, { true, true, true, true, false } });
        Assert.Equal(EmbeddingEffectiveRank.Of(spread), EmbeddingEffectiveRank.MeanOverModalities(embeddings, presence), 9);
        Assert.True(EmbeddingEffectiveRank.MeanOverModalities(embeddings) < EmbeddingEffectiveRank.Of(spread));
    }

    [Fact]
    public void RejectsASingleClip()
    {
        TorchRuntime.EnsureLoaded();
        Assert.Throws<ArgumentException>(() => EmbeddingEffectiveRank.Of(ones(1, 3)));
    }
}
