using System.Globalization;

namespace SleepFM.Signals;

/// <summary>Per-channel amplitude normalisation and bipolar derivation.</summary>
public static class Normalisation
{
    /// <summary>
    /// Z-scores one channel in place over its whole length (pretraining: over the night): (x − mean) / std with the
    /// population std (ddof = 0, numpy's default). Mean and variance are accumulated in float64 with a two-pass formula.
    /// </summary>
    /// <remarks>
    /// A constant channel (std = 0, e.g. a disconnected lead) becomes all zeros rather than NaN, so one dead lead does
    /// not poison a batch; non-finite samples are left to propagate (they make the whole channel NaN, as numpy would).
    /// </remarks>
    /// <returns>The mean and population std that were removed.</returns>
    public static (double Mean, double StandardDeviation) ZScoreInPlace(Span<double> channel)
    {
        if (channel.IsEmpty) return (0, 0);
        double sum = 0;
        foreach (var v in channel) sum += v;
        double mean = sum / channel.Length;
        double squares = 0;
        foreach (var v in channel)
        {
            double d = v - mean;
            squares += d * d;
        }
        double std = Math.Sqrt(squares / channel.Length);
        if (std == 0)
        {
            channel.Clear();
            return (mean, 0);
        }
        for (int i = 0; i < channel.Length; i++) channel[i] = (channel[i] - mean) / std;
        return (mean, std);
    }

    /// <summary>
    /// Clips to ±<paramref name="limit"/> then divides by <paramref name="scale"/>, in place. EEG fine-tuning uses
    /// limit 50 µV and scale 10 µV, giving values in [−5, 5].
    /// </summary>
    /// <param name="channel">Samples, in the unit of <paramref name="limit"/> (µV for EEG).</param>
    /// <param name="limit">Clip magnitude, finite and &gt; 0.</param>
    /// <param name="scale">Divisor, finite and &gt; 0.</param>
    public static void ClipAndScaleInPlace(Span<double> channel, double limit, double scale)
    {
        if (!(limit > 0) || !double.IsFinite(limit))
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "Clip limit must be finite and > 0.");
        if (!(scale > 0) || !double.IsFinite(scale))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be finite and > 0.");
        for (int i = 0; i < channel.Length; i++)
            channel[i] = Math.Clamp(channel[i], -limit, limit) / scale;
    }

    /// <summary>
    /// Bipolar derivation <paramref name="destination"/>[i] = <paramref name="active"/>[i] − <paramref name="reference"/>[i]
    /// from two referential channels of the same recording (e.g. C4-M1 from C4 and M1).
    /// </summary>
    /// <exception cref="ArgumentException">The three spans differ in length (channels at different rates must be resampled first).</exception>
    public static void Bipolar(ReadOnlySpan<double> active, ReadOnlySpan<double> reference, Span<double> destination)
    {
        if (active.Length != reference.Length)
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Bipolar derivation needs channels of equal length: active has {active.Length} samples, reference {reference.Length}."),
                nameof(reference));
        if (destination.Length != active.Length)
            throw new ArgumentException($"Destination length {destination.Length} must equal the channel length {active.Length}.", nameof(destination));
        for (int i = 0; i < active.Length; i++) destination[i] = active[i] - reference[i];
    }

    /// <summary>Allocating form of <see cref="Bipolar(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>.</summary>
    public static double[] Bipolar(ReadOnlySpan<double> active, ReadOnlySpan<double> reference)
    {
        var result = new double[active.Length];
        Bipolar(active, reference, result);
        return result;
    }
}
