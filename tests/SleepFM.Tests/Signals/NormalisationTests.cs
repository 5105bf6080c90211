using SleepFM.Signals;

namespace SleepFM.Tests.Signals;

/// <summary>Z-score, clip-and-scale and bipolar derivation.</summary>
public sealed class NormalisationTests
{
    [Fact]
    public void Zscore_uses_population_std_like_numpy()
    {
        double[] x = [1, 2, 3, 4];
        var (mean, std) = Normalisation.ZScoreInPlace(x);
        Assert.Equal(2.5, mean);
        Assert.Equal(Math.Sqrt(1.25), std, 15);   // numpy.std([1,2,3,4]) = 1.118033988749895 (ddof=0)
        Assert.Equal(-1.5 / Math.Sqrt(1.25), x[0], 15);
        Assert.Equal(0.0, x.Sum(), 12);
    }

    [Fact]
    public void Zscore_of_a_constant_channel_is_zeros_not_nan()
    {
        double[] x = [7, 7, 7];
        var (_, std) = Normalisation.ZScoreInPlace(x);
        Assert.Equal(0.0, std);
        Assert.All(x, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Clip_and_scale_bounds_eeg_to_plus_minus_five()
    {
        double[] x = [-120, -50, -12.5, 0, 30, 50.0001, 900];
        Normalisation.ClipAndScaleInPlace(x, 50, 10);
        Assert.Equal([-5, -5, -1.25, 0, 3, 5, 5], x);
        Assert.Throws<ArgumentOutOfRangeException>(() => Normalisation.ClipAndScaleInPlace(x, 50, 0));
    }

    [Fact]
    public void Bipolar_subtracts_reference_and_checks_lengths()
    {
        Assert.Equal([1.0, -2.0], Normalisation.Bipolar([3.0, 1.0], [2.0, 3.0]));
        var e = Assert.Throws<ArgumentException>(() => Normalisation.Bipolar([1.0, 2.0], [1.0]));
        Assert.Contains("2", e.Message);
        Assert.Contains("1", e.Message);
    }
}
