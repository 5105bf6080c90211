using System.Globalization;

namespace SleepFM.Signals;

/// <summary>Second-order IIR notch for mains interference, reproducing <c>scipy.signal.iirnotch(w0, Q, fs)</c>.</summary>
public static class NotchFilter
{
    /// <summary>Designs the notch; apply it zero-phase with <see cref="LinearFilter.FiltFilt(TransferFunction, ReadOnlySpan{double}, int?)"/>.</summary>
    /// <param name="notchHz">Frequency to remove, Hz, in the open range (0, sampleRateHz/2).</param>
    /// <param name="quality">Quality factor Q = notchHz / (−3 dB bandwidth), &gt; 0 (30 is usual for 50/60 Hz).</param>
    /// <param name="sampleRateHz">Sampling rate in Hz, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range (the message names range and value).</exception>
    public static TransferFunction Design(double notchHz, double quality, double sampleRateHz)
    {
        if (!(sampleRateHz > 0) || !double.IsFinite(sampleRateHz))
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "sampleRateHz must be finite and > 0.");
        if (!(quality > 0) || !double.IsFinite(quality))
            throw new ArgumentOutOfRangeException(nameof(quality), quality, "Quality factor Q must be finite and > 0.");
        // SciPy accepts 0 ≤ w0 ≤ 1, but a notch at DC or Nyquist turns into a degenerate filter; require the open range.
        if (!(notchHz > 0 && notchHz < sampleRateHz / 2))
            throw new ArgumentOutOfRangeException(nameof(notchHz), notchHz,
                string.Create(CultureInfo.InvariantCulture,
                    $"Notch frequency {notchHz} Hz is outside the allowed open range (0, {sampleRateHz / 2}) Hz below the Nyquist frequency of sampleRateHz = {sampleRateHz} Hz."));

        double w0 = 2 * notchHz / sampleRateHz;
        double bandwidth = w0 / quality;
        bandwidth *= Math.PI;
        w0 *= Math.PI;
        double gb = 1 / Math.Sqrt(2);
        double beta = (Math.Sqrt(1.0 - Math.Pow(gb, 2.0)) / gb) * Math.Tan(bandwidth / 2.0);
        double gain = 1.0 / (1.0 + beta);
        double cos = Math.Cos(w0);
        return new TransferFunction(
            [gain * 1.0, gain * (-2.0 * cos), gain * 1.0],
            [1.0, -2.0 * gain * cos, 2.0 * gain - 1.0]);
    }
}
