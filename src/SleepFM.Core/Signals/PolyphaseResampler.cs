namespace SleepFM.Signals;

/// <summary>
/// Rational resampling by up/down with a polyphase FIR, reproducing <c>scipy.signal.resample_poly(x, up, down)</c>
/// (SciPy 1.10, default <c>window=('kaiser', 5.0)</c>, <c>padtype='constant'</c>): same filter, same output length
/// ceil(n·up/down), same centring. Design once, reuse for every channel; instances are immutable and thread-safe.
/// </summary>
public sealed class PolyphaseResampler
{
    /// <summary>SciPy's default Kaiser β for <c>resample_poly</c>.</summary>
    public const double DefaultKaiserBeta = 5.0;

    /// <summary>Largest reduced factor accepted: the FIR has 20·max(up, down) + 1 taps.</summary>
    public const int MaxFactor = 10_000;

    readonly double[][] phaseTaps;   // per phase r: taps h[r + j·up] for j = J−1 … 0 (oldest input first, as SciPy sums)
    readonly int halfLength;
    readonly int prePad;
    readonly int preRemove;
    readonly int paddedLength;

    /// <summary>Designs the resampler; up/down are reduced by their gcd first, as SciPy does.</summary>
    /// <param name="up">Upsampling factor, in [1, <see cref="MaxFactor"/>] after reduction.</param>
    /// <param name="down">Downsampling factor, in [1, <see cref="MaxFactor"/>] after reduction.</param>
    /// <param name="kaiserBeta">Kaiser window β for the anti-aliasing FIR, ≥ 0.</param>
    public PolyphaseResampler(int up, int down, double kaiserBeta = DefaultKaiserBeta)
    {
        if (up < 1) throw new ArgumentOutOfRangeException(nameof(up), up, "up must be ≥ 1.");
        if (down < 1) throw new ArgumentOutOfRangeException(nameof(down), down, "down must be ≥ 1.");
        int g = (int)ResampleRatio.Gcd(up, down);
        Up = up / g;
        Down = down / g;
        if (Math.Max(Up, Down) > MaxFactor)
            throw new ArgumentOutOfRangeException(Up > Down ? nameof(up) : nameof(down), Math.Max(Up, Down),
                $"Reduced resampling factors {Up}/{Down} exceed {MaxFactor}; the FIR would need {20L * Math.Max(Up, Down) + 1} taps.");
        KaiserBeta = kaiserBeta;
        if (Up == 1 && Down == 1)
        {
            phaseTaps = [];
            return;
        }
        int maxRate = Math.Max(Up, Down);
        halfLength = 10 * maxRate;
        var h = FirDesign.KaiserLowPass(2 * halfLength + 1, 1.0 / maxRate, kaiserBeta);
        for (int i = 0; i < h.Length; i++) h[i] *= Up;
        // SciPy zero-pads the front so output samples land at the centre of the filter, then trims n_pre_remove outputs.
        prePad = Down - halfLength % Down;
        preRemove = (halfLength + prePad) / Down;
        var padded = new double[prePad + h.Length];
        h.CopyTo(padded, prePad);
        paddedLength = padded.Length;
        phaseTaps = new double[Up][];
        for (int r = 0; r < Up; r++)
        {
            int count = r < paddedLength ? (paddedLength - r + Up - 1) / Up : 0;
            var taps = new double[count];
            for (int j = 0; j < count; j++) taps[count - 1 - j] = padded[r + j * Up];
            phaseTaps[r] = taps;
        }
    }

    /// <summary>Reduced upsampling factor.</summary>
    public int Up { get; }

    /// <summary>Reduced downsampling factor.</summary>
    public int Down { get; }

    /// <summary>Kaiser β of the anti-aliasing FIR.</summary>
    public double KaiserBeta { get; }

    /// <summary>SciPy's output length ceil(inputLength·up/down).</summary>
    public long OutputLength(long inputLength)
    {
        if (inputLength < 0) throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, "inputLength must be ≥ 0.");
        long total = inputLength * Up;
        return total / Down + (total % Down != 0 ? 1 : 0);
    }

    /// <summary>Resamples <paramref name="input"/> into <paramref name="output"/>, whose length must be <see cref="OutputLength"/>.</summary>
    /// <exception cref="ArgumentException">Wrong output length.</exception>
    public void Resample(ReadOnlySpan<double> input, Span<double> output)
    {
        long expected = OutputLength(input.Length);
        if (output.Length != expected)
            throw new ArgumentException($"Output length {output.Length} must be ceil({input.Length}·{Up}/{Down}) = {expected}.", nameof(output));
        if (Up == 1 && Down == 1)
        {
            input.CopyTo(output);
            return;
        }
        int n = input.Length;
        for (int k = 0; k < output.Length; k++)
        {
            // Output k is sample (k + n_pre_remove) of upfirdn(h_padded, x, up, down).
            long t = (long)(k + preRemove) * Down;
            long newest = t / Up;                 // newest input index that can contribute
            int phase = (int)(t - newest * Up);
            var taps = phaseTaps[phase];
            long oldest = newest - taps.Length + 1;
            int first = (int)Math.Max(0, -oldest);
            long lastIndex = Math.Min(newest, n - 1);
            int last = (int)(lastIndex - oldest);   // inclusive tap index
            output[k] = Dot(input.Slice((int)(oldest + first), last - first + 1), taps.AsSpan(first, last - first + 1));
        }
    }

    /// <summary>
    /// Dot product with SIMD lanes as independent accumulators. SciPy sums strictly in order, one long dependency chain;
    /// this reorders the additions (differences of a few ulp, far inside the 1e-6 tolerance) and is several times faster.
    /// </summary>
    static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> h)
    {
        int i = 0;
        double sum = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && x.Length >= 2 * System.Numerics.Vector<double>.Count)
        {
            int width = System.Numerics.Vector<double>.Count;
            var acc0 = System.Numerics.Vector<double>.Zero;
            var acc1 = System.Numerics.Vector<double>.Zero;
            for (; i + 2 * width <= x.Length; i += 2 * width)
            {
                acc0 += new System.Numerics.Vector<double>(x.Slice(i, width)) * new System.Numerics.Vector<double>(h.Slice(i, width));
                acc1 += new System.Numerics.Vector<double>(x.Slice(i + width, width)) * new System.Numerics.Vector<double>(h.Slice(i + width, width));
            }
            sum = System.Numerics.Vector.Sum(acc0 + acc1);
        }
        for (; i < x.Length; i++) sum += x[i] * h[i];
        return sum;
    }

    /// <summary>Allocating form of <see cref="Resample(ReadOnlySpan{double}, Span{double})"/>.</summary>
    public double[] Resample(ReadOnlySpan<double> input)
    {
        var output = new double[OutputLength(input.Length)];
        Resample(input, output);
        return output;
    }

    /// <summary>One-shot <c>resample_poly(x, up, down)</c>; for many channels construct one resampler and reuse it.</summary>
    public static double[] Resample(ReadOnlySpan<double> input, int up, int down) => new PolyphaseResampler(up, down).Resample(input);
}
