namespace SleepFM.Signals;

/// <summary>
/// Filtering with a <see cref="TransferFunction"/> (b, a), reproducing SciPy's <c>lfilter</c> (direct form II
/// transposed), <c>lfilter_zi</c> and <c>filtfilt</c> (default <c>padtype='odd'</c>, <c>method='pad'</c>).
/// Works in float64 like SciPy.
/// </summary>
public static class LinearFilter
{
    /// <summary>
    /// Filters <paramref name="input"/> into <paramref name="output"/> (same length; may be the same memory), starting
    /// from and updating the delay-line <paramref name="state"/> (SciPy's zi/zf, length max(len(a), len(b)) − 1).
    /// </summary>
    /// <exception cref="ArgumentException">Lengths disagree.</exception>
    public static void Filter(TransferFunction filter, ReadOnlySpan<double> input, Span<double> output, Span<double> state)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (output.Length != input.Length)
            throw new ArgumentException($"Output length {output.Length} must equal input length {input.Length}.", nameof(output));
        int taps = filter.TapCount;
        if (state.Length != taps - 1)
            throw new ArgumentException($"State length {state.Length} must be max(len(a), len(b)) - 1 = {taps - 1}.", nameof(state));

        // SciPy pads b and a to the same length and divides both by a[0] once, before filtering.
        Span<double> b = taps <= 64 ? stackalloc double[taps] : new double[taps];
        Span<double> a = taps <= 64 ? stackalloc double[taps] : new double[taps];
        NormalisedPadded(filter, b, a);

        if (taps == 1)
        {
            for (int k = 0; k < input.Length; k++) output[k] = input[k] * b[0];
            return;
        }
        for (int k = 0; k < input.Length; k++)
        {
            double x = input[k];
            double y = state[0] + b[0] * x;
            for (int n = 0; n < taps - 2; n++)
                state[n] = state[n + 1] + x * b[n + 1] - y * a[n + 1];
            state[taps - 2] = x * b[taps - 1] - y * a[taps - 1];
            output[k] = y;
        }
    }

    /// <summary>Filters from rest (zero initial state) and returns a new array, like <c>lfilter(b, a, x)</c>.</summary>
    public static double[] Filter(TransferFunction filter, ReadOnlySpan<double> input)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var output = new double[input.Length];
        Filter(filter, input, output, new double[filter.TapCount - 1]);
        return output;
    }

    /// <summary>
    /// Steady-state initial conditions for a unit step (<c>lfilter_zi</c>): the state that makes a constant input of 1
    /// produce a constant output from the first sample. Length max(len(a), len(b)) − 1. Scale by the first sample.
    /// </summary>
    /// <exception cref="ArgumentException">The steady-state system is singular (a pole at z = 1).</exception>
    public static double[] InitialConditions(TransferFunction filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        int n = filter.TapCount;
        var b = new double[n];
        var a = new double[n];
        NormalisedPadded(filter, b, a);
        int m = n - 1;
        if (m == 0) return [];
        // Solve (I − companion(a)ᵀ)·zi = b[1:] − a[1:]·b[0], as SciPy does with np.linalg.solve.
        var matrix = new double[m, m];
        for (int i = 0; i < m; i++)
        {
            matrix[i, i] = 1;
            matrix[i, 0] += a[i + 1];
            if (i + 1 < m) matrix[i, i + 1] -= 1;
        }
        var rhs = new double[m];
        for (int i = 0; i < m; i++) rhs[i] = b[i + 1] - a[i + 1] * b[0];
        DenseSolver.SolveInPlace(matrix, rhs);
        return rhs;
    }

    /// <summary>
    /// Zero-phase forward-backward filtering, <c>filtfilt(b, a, x)</c> with SciPy's defaults: odd extension of
    /// <paramref name="padLength"/> samples at each end (default 3·max(len(a), len(b))), and both passes started from
    /// <see cref="InitialConditions"/> scaled by the first sample of the signal they run over.
    /// </summary>
    /// <param name="filter">The filter.</param>
    /// <param name="input">Signal; must be longer than the pad length.</param>
    /// <param name="output">Destination, same length as input (may overlap input exactly).</param>
    /// <param name="padLength">Samples of odd extension per side, ≥ 0; null for SciPy's default.</param>
    /// <exception cref="ArgumentException">The signal is not longer than the pad length (SciPy raises too).</exception>
    public static void FiltFilt(TransferFunction filter, ReadOnlySpan<double> input, Span<double> output, int? padLength = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        int edge = padLength ?? filter.DefaultPadLength;
        var zi = InitialConditions(filter);
        OddExtension.Validate(input.Length, edge, nameof(input));
        if (output.Length != input.Length)
            throw new ArgumentException($"Output length {output.Length} must equal input length {input.Length}.", nameof(output));
        var extended = new double[input.Length + 2 * edge];
        OddExtension.Fill(input, edge, extended);
        var state = new double[zi.Length];
        for (int i = 0; i < zi.Length; i++) state[i] = zi[i] * extended[0];
        Filter(filter, extended, extended, state);
        extended.AsSpan().Reverse();
        for (int i = 0; i < zi.Length; i++) state[i] = zi[i] * extended[0];
        Filter(filter, extended, extended, state);
        extended.AsSpan().Reverse();
        extended.AsSpan(edge, input.Length).CopyTo(output);
    }

    /// <summary>Allocating form of <see cref="FiltFilt(TransferFunction, ReadOnlySpan{double}, Span{double}, int?)"/>.</summary>
    public static double[] FiltFilt(TransferFunction filter, ReadOnlySpan<double> input, int? padLength = null)
    {
        var output = new double[input.Length];
        FiltFilt(filter, input, output, padLength);
        return output;
    }

    static void NormalisedPadded(TransferFunction filter, Span<double> b, Span<double> a)
    {
        b.Clear();
        a.Clear();
        filter.B.CopyTo(b);
        filter.A.CopyTo(a);
        double a0 = a[0];
        if (a0 != 1.0)
        {
            for (int i = 0; i < b.Length; i++) b[i] /= a0;
            for (int i = 0; i < a.Length; i++) a[i] /= a0;
        }
    }
}
