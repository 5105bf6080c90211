using SleepFM.Synthetic;

namespace SleepFM.Tests.Synthetic;

/// <summary>The world's RNG: reproducible, order-independent derivation, sane distributions.</summary>
public sealed class SynthRandomTests
{
    /// <summary>Same seed, same stream; a derived stream does not depend on draws made before deriving.</summary>
    [Fact]
    public void SameSeedSameStreamAndDerivationIgnoresPriorDraws()
    {
        var a = new SynthRandom(7);
        var b = new SynthRandom(7);
        for (int i = 0; i < 5; i++) b.NextDouble();
        Assert.Equal(a.Derive("eeg").NextUInt64(), b.Derive("eeg").NextUInt64());
        Assert.NotEqual(a.Derive("eeg").NextUInt64(), a.Derive("ecg").NextUInt64());
        Assert.NotEqual(new SynthRandom(7).NextUInt64(), new SynthRandom(8).NextUInt64());
    }

    /// <summary>Gaussian and unit-uniform draws have zero mean and unit variance.</summary>
    [Fact]
    public void DistributionsHaveTheirMoments()
    {
        var r = new SynthRandom(1);
        const int n = 200_000;
        double gm = 0, gv = 0, um = 0, uv = 0;
        for (int i = 0; i < n; i++)
        {
            double g = r.NextGaussian(), u = r.NextUnitUniform();
            gm += g; gv += g * g; um += u; uv += u * u;
        }
        Assert.InRange(gm / n, -0.01, 0.01);
        Assert.InRange(gv / n, 0.98, 1.02);
        Assert.InRange(um / n, -0.01, 0.01);
        Assert.InRange(uv / n, 0.98, 1.02);
        double poisson = Enumerable.Range(0, 20_000).Average(_ => r.Poisson(3.5));
        Assert.InRange(poisson, 3.4, 3.6);
    }
}
