namespace SleepFM.IO.Edf;

/// <summary>
/// One signal to write with <see cref="EdfWriter"/>. The physical range must contain the data: values
/// outside it are clipped to the digital range. The range written to the header is rounded outwards to
/// fit the 8-character field, and digitisation uses the written values, so a reader recovers the same
/// physical values to within half a digital step.
/// </summary>
public sealed record EdfSignalSpec
{
    /// <summary>Label, at most 16 printable ASCII characters, e.g. "EEG C3-M2".</summary>
    public required string Label { get; init; }

    /// <summary>Samples per second (&gt; 0); SampleRateHz × record duration must be a whole number.</summary>
    public required double SampleRateHz { get; init; }

    /// <summary>Physical value of the digital minimum, in <see cref="PhysicalDimension"/>.</summary>
    public required double PhysicalMin { get; init; }

    /// <summary>Physical value of the digital maximum; must differ from <see cref="PhysicalMin"/>.</summary>
    public required double PhysicalMax { get; init; }

    /// <summary>Physical dimension, at most 8 ASCII characters; "uV" by default.</summary>
    public string PhysicalDimension { get; init; } = "uV";

    /// <summary>Transducer type, at most 80 ASCII characters.</summary>
    public string Transducer { get; init; } = "";

    /// <summary>Prefiltering, at most 80 ASCII characters, e.g. "HP:0.1Hz LP:75Hz".</summary>
    public string Prefiltering { get; init; } = "";

    /// <summary>Digital minimum, or null for the format's full range (−32768 for EDF, −8388608 for BDF).</summary>
    public int? DigitalMin { get; init; }

    /// <summary>Digital maximum, or null for the format's full range (32767 for EDF, 8388607 for BDF).</summary>
    public int? DigitalMax { get; init; }

    /// <summary>
    /// A spec whose physical range is the data's own [min, max] (widened by 1 when the data is flat),
    /// so the full digital range is used.
    /// </summary>
    /// <param name="label">Signal label (≤ 16 ASCII characters).</param>
    /// <param name="samples">The physical values that will be written; must be finite.</param>
    /// <param name="sampleRateHz">Samples per second.</param>
    /// <param name="physicalDimension">Unit, "uV" by default.</param>
    public static EdfSignalSpec FromData(string label, ReadOnlySpan<double> samples, double sampleRateHz, string physicalDimension = "uV")
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double x in samples)
        {
            if (!double.IsFinite(x)) throw new ArgumentException($"Signal '{label}' has a non-finite sample ({x}); EDF cannot store it.", nameof(samples));
            if (x < min) min = x;
            if (x > max) max = x;
        }
        if (samples.IsEmpty) (min, max) = (-1, 1);
        if (min == max) (min, max) = (min - 1, max + 1);
        return new EdfSignalSpec { Label = label, SampleRateHz = sampleRateHz, PhysicalMin = min, PhysicalMax = max, PhysicalDimension = physicalDimension };
    }
}
