using System.Globalization;
using System.Numerics;

namespace SleepFM.Signals;

/// <summary>
/// Digital Butterworth design, reproducing <c>scipy.signal.butter(order, Wn, btype, fs=sampleRateHz)</c> (SciPy 1.10):
/// analog prototype → frequency transform (with prewarped edges) → bilinear transform, then <c>zpk2tf</c> or
/// <c>zpk2sos</c>.
/// </summary>
/// <remarks>
/// Band-pass and band-stop designs have twice <c>order</c> poles, as in SciPy. Apply the result with
/// <see cref="SosFilter"/> (preferred) or <see cref="LinearFilter"/>.
/// </remarks>
public static class Butterworth
{
    /// <summary>Largest order accepted; far beyond any useful EEG filter, it only stops absurd allocations.</summary>
    public const int MaxOrder = 64;

    /// <summary>The analog low-pass prototype (<c>buttap</c>): no zeros, poles on the left unit semicircle, gain 1.</summary>
    /// <param name="order">Filter order in [1, <see cref="MaxOrder"/>].</param>
    public static ZeroPoleGain AnalogPrototype(int order)
    {
        RequireOrder(order);
        var poles = new Complex[order];
        for (int i = 0; i < order; i++)
        {
            int m = -order + 1 + 2 * i;
            // m = 0 (odd orders) gives exactly -1, the real pole, as in SciPy.
            poles[i] = -Complex.Exp(new Complex(0, Math.PI * m / (2 * order)));
        }
        return new ZeroPoleGain([], poles, 1.0);
    }

    /// <summary>Designs a digital Butterworth filter in zero-pole-gain form.</summary>
    /// <param name="order">Filter order in [1, <see cref="MaxOrder"/>].</param>
    /// <param name="band">Low-, high-, band-pass or band-stop.</param>
    /// <param name="edgesHz">
    /// Cut-off frequencies in Hz: one edge for low/high-pass, two increasing edges for band-pass/stop; each in the open
    /// range (0, sampleRateHz/2).
    /// </param>
    /// <param name="sampleRateHz">Sampling rate in Hz, finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Order, rate or an edge outside its range (the message names the allowed range and the bad value).</exception>
    /// <exception cref="ArgumentException">Wrong number of edges for the band, or edges not increasing.</exception>
    public static ZeroPoleGain Design(int order, FilterBand band, ReadOnlySpan<double> edgesHz, double sampleRateHz)
    {
        RequireOrder(order);
        if (!(sampleRateHz > 0) || !double.IsFinite(sampleRateHz))
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "sampleRateHz must be finite and > 0.");
        int expectedEdges = band is FilterBand.LowPass or FilterBand.HighPass ? 1 : 2;
        if (edgesHz.Length != expectedEdges)
            throw new ArgumentException(
                $"A {band} Butterworth filter needs {expectedEdges} edge frequenc{(expectedEdges == 1 ? "y" : "ies")}; got {edgesHz.Length}.",
                nameof(edgesHz));
        double nyquistHz = sampleRateHz / 2;
        Span<double> warped = stackalloc double[2];
        for (int i = 0; i < edgesHz.Length; i++)
        {
            double edge = edgesHz[i];
            if (!(edge > 0 && edge < nyquistHz))
                throw new ArgumentOutOfRangeException(
                    nameof(edgesHz), edge,
                    string.Create(CultureInfo.InvariantCulture,
                        $"Butterworth edge frequency {edge} Hz is outside the allowed open range (0, {nyquistHz}) Hz: it must lie below the Nyquist frequency of sampleRateHz = {sampleRateHz} Hz."));
            // SciPy normalises to Nyquist (Wn = 2·f/fs), then prewarps with fs = 2: 2·fs·tan(π·Wn/fs).
            double wn = 2 * edge / sampleRateHz;
            warped[i] = 2 * 2.0 * Math.Tan(Math.PI * wn / 2.0);
        }
        if (expectedEdges == 2 && !(edgesHz[0] < edgesHz[1]))
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Edges must increase: got [{edgesHz[0]}, {edgesHz[1]}] Hz."), nameof(edgesHz));

        var prototype = AnalogPrototype(order);
        var analog = band switch
        {
            FilterBand.LowPass => FilterTransforms.LowPassToLowPass(prototype, warped[0]),
            FilterBand.HighPass => FilterTransforms.LowPassToHighPass(prototype, warped[0]),
            FilterBand.BandPass => FilterTransforms.LowPassToBandPass(prototype, Math.Sqrt(warped[0] * warped[1]), warped[1] - warped[0]),
            FilterBand.BandStop => FilterTransforms.LowPassToBandStop(prototype, Math.Sqrt(warped[0] * warped[1]), warped[1] - warped[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown filter band."),
        };
        return FilterTransforms.Bilinear(analog, 2.0);
    }

    /// <summary><c>butter(order, cutoffHz, 'lowpass', fs=sampleRateHz, output='sos')</c>.</summary>
    public static SecondOrderSections LowPass(int order, double cutoffHz, double sampleRateHz) =>
        Design(order, FilterBand.LowPass, [cutoffHz], sampleRateHz).ToSecondOrderSections();

    /// <summary><c>butter(order, cutoffHz, 'highpass', fs=sampleRateHz, output='sos')</c>.</summary>
    public static SecondOrderSections HighPass(int order, double cutoffHz, double sampleRateHz) =>
        Design(order, FilterBand.HighPass, [cutoffHz], sampleRateHz).ToSecondOrderSections();

    /// <summary><c>butter(order, [lowHz, highHz], 'bandpass', fs=sampleRateHz, output='sos')</c>; 2·order poles.</summary>
    public static SecondOrderSections BandPass(int order, double lowHz, double highHz, double sampleRateHz) =>
        Design(order, FilterBand.BandPass, [lowHz, highHz], sampleRateHz).ToSecondOrderSections();

    /// <summary><c>butter(order, [lowHz, highHz], 'bandstop', fs=sampleRateHz, output='sos')</c>; 2·order poles.</summary>
    public static SecondOrderSections BandStop(int order, double lowHz, double highHz, double sampleRateHz) =>
        Design(order, FilterBand.BandStop, [lowHz, highHz], sampleRateHz).ToSecondOrderSections();

    static void RequireOrder(int order)
    {
        if (order < 1 || order > MaxOrder)
            throw new ArgumentOutOfRangeException(nameof(order), order, $"Butterworth order must be in [1, {MaxOrder}].");
    }
}
