using SleepFM.Models;
using SleepFM.Runtime;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>The channel PE: the release's truncation confuses C3 with C4, the default does not.</summary>
[Collection("Torch")]
public sealed class ChannelPositionalEncodingTests
{
    // C3 and C4 on the unit head sphere (x right, y front, z up): mirror images in x.
    static readonly double[] C3 = [-0.5878, 0, 0.809];
    static readonly double[] C4 = [0.5878, 0, 0.809];

    [Fact]
    public void AuthorsTruncationUsesOnlyFxZeroAndTheDefaultUsesEveryAxis()
    {
        var truncated = ChannelPositionalEncoding.FrequencyTriples(ChannelPositionalEncoding.Mode.AuthorsTruncated);
        var allAxes = ChannelPositionalEncoding.FrequencyTriples(ChannelPositionalEncoding.Mode.AllAxes);
        Assert.Equal(64, truncated.Count);
        Assert.All(truncated, f => Assert.Equal(0, f.X));
        Assert.Equal((0, 7, 7), truncated[^1]);
        Assert.Equal(64, allAxes.Count);
        Assert.Equal(64, allAxes.Distinct().Count());
        // Lowest |f|²: everything with |f|² ≤ 17 (63 triples) plus the first |f|² = 18 triple in product order.
        Assert.Equal(63, allAxes.Count(f => f.X * f.X + f.Y * f.Y + f.Z * f.Z <= 17));
        Assert.Equal((0, 3, 3), allAxes[^1]);
        Assert.Equal(allAxes.Max(f => f.X), allAxes.Max(f => f.Z));
        Assert.True(allAxes.Count(f => f.X > 0) > 30);
    }

    [Fact]
    public void FourierFeaturesMatchTheFormula()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var features = ChannelPositionalEncoding.FourierFeatures(tensor(C4, [1, 3], dtype: float64), ChannelPositionalEncoding.Mode.AllAxes);
        Assert.Equal([1L, 128L], features.shape);
        var triples = ChannelPositionalEncoding.FrequencyTriples(ChannelPositionalEncoding.Mode.AllAxes);
        for (int i = 0; i < 64; i += 9)
        {
            var (fx, fy, fz) = triples[i];
            double phase = ((C4[0] + 0.4) * fx + (C4[1] + 0.4) * fy + (C4[2] + 0.4) * fz) * 2 * Math.PI / 1.8;
            Assert.Equal(Math.Cos(phase), features[0, i].item<double>(), 1e-12);
            Assert.Equal(Math.Sin(phase), features[0, 64 + i].item<double>(), 1e-12);
        }
    }

    [Fact]
    public void TruncatedFeaturesCannotTellC3FromC4ButTheDefaultCan()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var positions = tensor(C3.Concat(C4).ToArray(), [2, 3], dtype: float64);
        var truncated = ChannelPositionalEncoding.FourierFeatures(positions, ChannelPositionalEncoding.Mode.AuthorsTruncated);
        Assert.Equal(0.0, EncoderTestData.MaxAbsDifference(truncated[0], truncated[1]), 12);
        var allAxes = ChannelPositionalEncoding.FourierFeatures(positions, ChannelPositionalEncoding.Mode.AllAxes);
        Assert.True(EncoderTestData.MaxAbsDifference(allAxes[0], allAxes[1]) > 0.5);

        // And through the MLP: identical codes for the release, distinct for the default.
        TorchRuntime.Seed(5, 1);
        using var authors = new ChannelPositionalEncoding(16, ChannelPositionalEncoding.Mode.AuthorsTruncated);
        using var correct = new ChannelPositionalEncoding(16, ChannelPositionalEncoding.Mode.AllAxes);
        var both = positions.to(float32).reshape(1, 2, 3);
        var authorsCode = authors.forward(both);
        var correctCode = correct.forward(both);
        Assert.Equal(0.0, EncoderTestData.MaxAbsDifference(authorsCode[0, 0], authorsCode[0, 1]), 6);
        Assert.True(EncoderTestData.MaxAbsDifference(correctCode[0, 0], correctCode[0, 1]) > 0.1);
    }

    [Fact]
    public void UnknownPositionsGetNoCode()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        using var pe = new ChannelPositionalEncoding(8, ChannelPositionalEncoding.Mode.AllAxes);
        var positions = tensor(new[] { -0.5878f, 0, 0.809f, float.NaN, 0, 0 }, [1, 2, 3]);
        var code = pe.forward(positions);
        Assert.False(code.isnan().any().item<bool>());
        Assert.Equal(0.0, code[0, 1].abs().sum().item<float>());
        Assert.True(code[0, 0].abs().sum().item<float>() > 0);
    }
}
