namespace SleepFM.Signals;

/// <summary>
/// Filtering with <see cref="SecondOrderSections"/>, reproducing SciPy's <c>sosfilt</c>, <c>sosfilt_zi</c> and
/// <c>sosfiltfilt</c> (default <c>padtype='odd'</c> and SciPy's default pad length). Numerically robust for high orders
/// and low cutoffs, unlike the polynomial form. Works in float64 like SciPy.
/// </summary>
public static class SosFilter
{
    /// <summary>
    /// Filters <paramref name="signal"/> in place through the cascade, starting from and updating
    /// <paramref name="state"/> (row-major [sections × 2], SciPy's zi/zf).
    /// </summary>
    /// <exception cref="ArgumentException">The state has the wrong length.</exception>
    public static void FilterInPlace(SecondOrderSections sections, Span<double> signal, Span<double> state)
    {
        ArgumentNullException.ThrowIfNull(sections);
        int count = sections.SectionCount;
        if (state.Length != 2 * count)
            throw new ArgumentException($"State length {state.Length} must be 2 × sections = {2 * count}.", nameof(state));
        Run(sections.Coefficients, count, signal, state, backward: false);
    }

    /// <summary>Filters from rest and returns a new array, like <c>sosfilt(sos, x)</c>.</summary>
    public static double[] Filter(SecondOrderSections sections, ReadOnlySpan<double> input)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var output = input.ToArray();
        FilterInPlace(sections, output, new double[2 * sections.SectionCount]);
        return output;
    }

    /// <summary>
    /// Step-response steady state of the cascade (<c>sosfilt_zi</c>), row-major [sections × 2]: each section's
    /// <c>lfilter_zi</c> scaled by the DC gain of the sections before it. Scale by the first sample.
    /// </summary>
    public static double[] InitialConditions(SecondOrderSections sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var c = sections.Coefficients;
        var zi = new double[2 * sections.SectionCount];
        double scale = 1.0;
        for (int s = 0; s < sections.SectionCount; s++)
        {
            var row = c.Slice(s * 6, 6);
            var sectionZi = LinearFilter.InitialConditions(new TransferFunction(row[..3], row[3..]));
            zi[2 * s] = scale * sectionZi[0];
            zi[2 * s + 1] = scale * sectionZi[1];
            scale *= (row[0] + row[1] + row[2]) / (row[3] + row[4] + row[5]);
        }
        return zi;
    }

    /// <summary>
    /// Zero-phase forward-backward filtering, <c>sosfiltfilt(sos, x)</c> with SciPy's defaults: odd extension of
    /// <paramref name="padLength"/> samples per side (default <see cref="SecondOrderSections.DefaultPadLength"/>), each
    /// pass started from <see cref="InitialConditions"/> times the first sample it sees.
    /// </summary>
    /// <param name="sections">The filter.</param>
    /// <param name="input">Signal, float64; must be longer than the pad length.</param>
    /// <param name="output">Destination of the same length (may be the same memory as input).</param>
    /// <param name="padLength">Samples of odd extension per side, ≥ 0; null for SciPy's default.</param>
    /// <exception cref="ArgumentException">The signal is not longer than the pad length (SciPy raises too).</exception>
    public static void FiltFilt(SecondOrderSections sections, ReadOnlySpan<double> input, Span<double> output, int? padLength = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        int edge = padLength ?? sections.DefaultPadLength;
        var zi = InitialConditions(sections);
        OddExtension.Validate(input.Length, edge, nameof(input));
        if (output.Length != input.Length)
            throw new ArgumentException($"Output length {output.Length} must equal input length {input.Length}.", nameof(output));
        // Pooled: a long recording needs an extended copy of tens of MB per channel, and channels come one after another.
        var rented = System.Buffers.ArrayPool<double>.Shared.Rent(input.Length + 2 * edge);
        try
        {
            var extended = rented.AsSpan(0, input.Length + 2 * edge);
            OddExtension.Fill(input, edge, extended);
            Span<double> state = stackalloc double[zi.Length];
            var c = sections.Coefficients;
            double first = extended[0];
            for (int i = 0; i < zi.Length; i++) state[i] = zi[i] * first;
            Run(c, sections.SectionCount, extended, state, backward: false);
            // The backward pass walks the array from the end instead of reversing it twice: same arithmetic, less memory traffic.
            double last = extended[^1];
            for (int i = 0; i < zi.Length; i++) state[i] = zi[i] * last;
            Run(c, sections.SectionCount, extended, state, backward: true);
            extended.Slice(edge, input.Length).CopyTo(output);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Allocating form of <see cref="FiltFilt(SecondOrderSections, ReadOnlySpan{double}, Span{double}, int?)"/>.</summary>
    public static double[] FiltFilt(SecondOrderSections sections, ReadOnlySpan<double> input, int? padLength = null)
    {
        var output = new double[input.Length];
        FiltFilt(sections, input, output, padLength);
        return output;
    }

    /// <summary>
    /// Two sections per sweep over the signal: the same arithmetic per sample as SciPy's sample-major loop (each section
    /// only sees the previous section's output, so results are bit-identical), but the two recursions are independent
    /// dependency chains the CPU overlaps, and the state stays in registers.
    /// </summary>
    static void Run(ReadOnlySpan<double> c, int count, Span<double> signal, Span<double> state, bool backward)
    {
        int length = signal.Length;
        int start = backward ? length - 1 : 0;
        int step = backward ? -1 : 1;
        int s = 0;
        for (; s + 1 < count; s += 2)
        {
            double b0 = c[s * 6], b1 = c[s * 6 + 1], b2 = c[s * 6 + 2], a1 = c[s * 6 + 4], a2 = c[s * 6 + 5];
            double d0 = c[s * 6 + 6], d1 = c[s * 6 + 7], d2 = c[s * 6 + 8], e1 = c[s * 6 + 10], e2 = c[s * 6 + 11];
            double z0 = state[2 * s], z1 = state[2 * s + 1], w0 = state[2 * s + 2], w1 = state[2 * s + 3];
            for (int k = 0, n = start; k < length; k++, n += step)
            {
                double x = signal[n];
                double y = b0 * x + z0;
                z0 = b1 * x - a1 * y + z1;
                z1 = b2 * x - a2 * y;
                double v = d0 * y + w0;
                w0 = d1 * y - e1 * v + w1;
                w1 = d2 * y - e2 * v;
                signal[n] = v;
            }
            state[2 * s] = z0;
            state[2 * s + 1] = z1;
            state[2 * s + 2] = w0;
            state[2 * s + 3] = w1;
        }
        if (s < count)
        {
            double b0 = c[s * 6], b1 = c[s * 6 + 1], b2 = c[s * 6 + 2], a1 = c[s * 6 + 4], a2 = c[s * 6 + 5];
            double z0 = state[2 * s], z1 = state[2 * s + 1];
            for (int k = 0, n = start; k < length; k++, n += step)
            {
                double x = signal[n];
                double y = b0 * x + z0;
                z0 = b1 * x - a1 * y + z1;
                z1 = b2 * x - a2 * y;
                signal[n] = y;
            }
            state[2 * s] = z0;
            state[2 * s + 1] = z1;
        }
    }
}
