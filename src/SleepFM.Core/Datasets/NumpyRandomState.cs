namespace SleepFM.Datasets;

/// <summary>
/// The parts of NumPy's legacy <c>RandomState</c> (MT19937) that scikit-learn's shufflers use, bit for bit:
/// integer seeding and <c>permutation(n)</c>. With it, <see cref="SubjectSplitter"/> picks exactly the subjects
/// <c>GroupShuffleSplit(random_state=seed)</c> picks, so a split can be reproduced from Python.
/// </summary>
public sealed class NumpyRandomState
{
    const int N = 624, M = 397;
    readonly uint[] mt = new uint[N];
    int index;

    /// <summary>Seeds like <c>np.random.RandomState(seed)</c> (init_genrand).</summary>
    /// <param name="seed">0 ≤ seed &lt; 2^32.</param>
    public NumpyRandomState(uint seed)
    {
        mt[0] = seed;
        for (int i = 1; i < N; i++) mt[i] = unchecked(1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i);
        index = N;
    }

    /// <summary>The next raw 32-bit output (genrand_int32).</summary>
    public uint NextUInt32()
    {
        if (index >= N) Twist();
        uint y = mt[index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A uniform integer in [0, max] by masked rejection, as NumPy's <c>random_interval</c>.</summary>
    /// <param name="max">Inclusive upper bound, 0 ≤ max &lt; 2^32.</param>
    public uint Interval(uint max)
    {
        if (max == 0) return 0;
        uint mask = max;
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16;
        uint value;
        while ((value = NextUInt32() & mask) > max) { }
        return value;
    }

    /// <summary><c>permutation(n)</c>: a Fisher–Yates shuffle of 0…n−1 from the end, as <c>RandomState.shuffle</c>.</summary>
    /// <param name="n">Length, ≥ 0.</param>
    public int[] Permutation(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i >= 1; i--)
        {
            int j = (int)Interval((uint)i);
            (a[i], a[j]) = (a[j], a[i]);
        }
        return a;
    }

    void Twist()
    {
        for (int k = 0; k < N; k++)
        {
            uint y = (mt[k] & 0x80000000u) | (mt[(k + 1) % N] & 0x7fffffffu);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
        }
        index = 0;
    }
}
