using SleepFM.Signals;

namespace SleepFM.Tests.Signals;

/// <summary>Up/down factors from sampling rates.</summary>
public sealed class ResampleRatioTests
{
    [Theory]
    [InlineData(256.0, 128.0, 1, 2)]
    [InlineData(200.0, 128.0, 16, 25)]
    [InlineData(160.0, 128.0, 4, 5)]
    [InlineData(500.0, 128.0, 32, 125)]
    [InlineData(400.0, 128.0, 8, 25)]
    [InlineData(512.0, 128.0, 1, 4)]
    [InlineData(100.0, 128.0, 32, 25)]
    [InlineData(128.0, 128.0, 1, 1)]
    [InlineData(250.5, 128.0, 256, 501)]
    public void Rates_reduce_by_gcd(double sourceHz, double targetHz, int up, int down) =>
        Assert.Equal(new ResampleRatio(up, down), ResampleRatio.FromRates(sourceHz, targetHz));

    [Fact]
    public void Irrational_looking_rates_are_refused_with_advice()
    {
        var e = Assert.Throws<ArgumentException>(() => ResampleRatio.FromRates(Math.PI * 100, 128));
        Assert.Contains("linear", e.Message);
    }

    [Fact]
    public void Non_positive_rates_are_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ResampleRatio.FromRates(0, 128));
        Assert.Equal("sourceHz", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ResampleRatio.FromRates(256, double.NaN));
    }
}
