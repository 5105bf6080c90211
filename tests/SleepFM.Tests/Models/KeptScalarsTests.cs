using SleepFM.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>
/// The process-lifetime scalars the hot paths pass instead of C# numbers: the same values and results as the
/// implicit conversions they replace, and still valid after garbage collections have run every pending finalizer.
/// </summary>
public sealed class KeptScalarsTests
{
    [Fact]
    public void Elu_matches_torch_elu_with_the_default_alpha()
    {
        using var scope = NewDisposeScope();
        var x = linspace(-6, 6, 101, dtype: float64);
        var expected = nn.functional.elu(x, alpha: 1.0);
        Assert.True(KeptScalars.Elu(x).allclose(expected, rtol: 0, atol: 0));
    }

    [Fact]
    public void Kept_scalars_survive_collections_and_keep_their_values()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        using var scope = NewDisposeScope();
        var x = tensor(new[] { -1.0, 0.0, 2.0 });
        Assert.Equal(new[] { 1.0, 1.0, 2.0 }, x.clamp_min(KeptScalars.One).data<double>().ToArray());
        Assert.Equal(new[] { false, false, true }, x.gt(KeptScalars.ZeroInt).data<bool>().ToArray());
        Assert.Equal(double.NegativeInfinity, x.masked_fill(x.lt(KeptScalars.ZeroInt), KeptScalars.NegativeInfinity)[0].item<double>());
        Assert.Equal(ChannelPositionalEncoding.PositionOffset, KeptScalars.PositionOffset.ToDouble());
        Assert.Equal(2 * Math.PI / ChannelPositionalEncoding.PeriodScale, KeptScalars.PositionFrequency.ToDouble());
    }
}
