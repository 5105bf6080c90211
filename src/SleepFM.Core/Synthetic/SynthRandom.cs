using System.Numerics;

namespace SleepFM.Synthetic;

/// <summary>
/// The synthetic world's random number generator: xoshiro256** seeded through SplitMix64. Every
/// generator receives one explicitly (never a shared static), so one seed gives identical output on
/// every machine and .NET version — <see cref="System.Random"/>'s seeded algorithm is an
/// implementation detail that may change.
/// </summary>
/// <remarks>
/// <see cref="Derive(string)"/> and <see cref="Derive(ulong)"/> build an independent stream from the
/// <em>seed</em> (not the current state), so a subject's signals do not depend on how many numbers
/// another subject drew before it, nor on the order in which parallel work runs. Not thread-safe:
/// derive one instance per task.
/// </remarks>
public sealed class SynthRandom
{
    readonly ulong seedKey;
    ulong s0, s1, s2, s3;
    double spareGaussian;
    bool hasSpare;

    /// <summary>Creates a stream from a 64-bit seed.</summary>
    /// <param name="seed">Any value; equal seeds give equal streams.</param>
    public SynthRandom(ulong seed)
    {
        seedKey = seed;
        ulong x = seed;
        s0 = SplitMix(ref x); s1 = SplitMix(ref x); s2 = SplitMix(ref x); s3 = SplitMix(ref x);
    }

    /// <summary>Creates a stream from a 32-bit seed (the CLI's <c>--seed</c>).</summary>
    /// <param name="seed">Any value.</param>
    public SynthRandom(int seed) : this(unchecked((ulong)(long)seed) ^ 0x5EED_F00D_0000_0000UL)
    {
    }

    /// <summary>An independent stream keyed by a number, e.g. a subject index.</summary>
    /// <param name="key">Stream key.</param>
    public SynthRandom Derive(ulong key)
    {
        ulong x = seedKey ^ (key * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);
        return new SynthRandom(SplitMix(ref x) ^ BitOperations.RotateLeft(seedKey, 17));
    }

    /// <summary>An independent stream keyed by a name (FNV-1a, stable across processes unlike <c>string.GetHashCode</c>).</summary>
    /// <param name="key">Stream name, e.g. "eeg" or a cohort name.</param>
    public SynthRandom Derive(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ulong h = 14695981039346656037UL;
        foreach (char c in key) { h ^= c; h *= 1099511628211UL; }
        return Derive(h);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound (≥ min).</param>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    /// <param name="maxExclusive">Upper bound, ≥ 1.</param>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        return (int)((NextUInt64() >> 33) * (ulong)maxExclusive >> 31);
    }

    /// <summary>
    /// Uniform in [−√3, √3): zero mean, unit variance. The cheap driving noise for the filtered
    /// processes; filtering makes their output Gaussian enough.
    /// </summary>
    public float NextUnitUniform() => (float)(((long)(NextUInt64() >> 40) - (1L << 23)) * (1.7320508075688772 / (1L << 23)));

    /// <summary>Standard normal (Marsaglia polar method).</summary>
    public double NextGaussian()
    {
        if (hasSpare) { hasSpare = false; return spareGaussian; }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.Sqrt(-2 * Math.Log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /// <summary>Normal with the given mean and standard deviation.</summary>
    /// <param name="mean">Mean.</param>
    /// <param name="standardDeviation">Standard deviation, ≥ 0.</param>
    public double Gaussian(double mean, double standardDeviation) => mean + standardDeviation * NextGaussian();

    /// <summary>Normal clipped to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="mean">Mean.</param>
    /// <param name="standardDeviation">Standard deviation.</param>
    /// <param name="min">Lower clip.</param>
    /// <param name="max">Upper clip.</param>
    public double ClippedGaussian(double mean, double standardDeviation, double min, double max) =>
        Math.Clamp(Gaussian(mean, standardDeviation), min, max);

    /// <summary>Exponential with the given mean (waiting times of a Poisson process).</summary>
    /// <param name="mean">Mean, &gt; 0.</param>
    public double Exponential(double mean) => -mean * Math.Log(1 - NextDouble());

    /// <summary>Poisson count with the given mean (Knuth's method; means up to a few hundred).</summary>
    /// <param name="mean">Mean, ≥ 0.</param>
    public int Poisson(double mean)
    {
        if (!(mean > 0)) return 0;
        if (mean > 50) return Math.Max(0, (int)Math.Round(Gaussian(mean, Math.Sqrt(mean))));
        double limit = Math.Exp(-mean), p = 1;
        int k = 0;
        do { k++; p *= NextDouble(); } while (p > limit);
        return k - 1;
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">In [0, 1].</param>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>+1 or −1 with equal probability.</summary>
    public int Sign() => (NextUInt64() & 1) == 0 ? 1 : -1;

    static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
