namespace SleepFM.IO.Edf;

/// <summary>
/// The header of one signal (one channel) of an EDF/BDF file, plus what follows from it: sample
/// rate, digital-to-physical scaling and the factor to microvolts.
/// </summary>
/// <remarks>
/// Physical value = <c>PhysicalMin + (digital − DigitalMin) · (PhysicalMax − PhysicalMin) / (DigitalMax − DigitalMin)</c>,
/// computed in double. PhysicalMin may exceed PhysicalMax (inverted polarity is legal EDF).
/// PhysicalMin == PhysicalMax is accepted with a warning (real files use it for unused channels): every
/// sample then reads as PhysicalMin. DigitalMin ≥ DigitalMax is an <see cref="EdfFormatException"/>.
/// </remarks>
public sealed record EdfSignal
{
    /// <summary>Position among all signals of the file, annotation signals included (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>Label as stored, trailing spaces removed (e.g. "EEG Fpz-Cz", "Fc5.", "EDF Annotations").</summary>
    public required string Label { get; init; }

    /// <summary>Transducer type, e.g. "AgAgCl electrode"; may be empty.</summary>
    public required string Transducer { get; init; }

    /// <summary>Physical dimension exactly as stored (e.g. "uV", "µV", "mV", "%", "bpm"); may be empty.</summary>
    public required string PhysicalDimension { get; init; }

    /// <summary>
    /// Factor that turns this signal's physical values into microvolts (1 for uV, 1000 for mV, 1e6 for V,
    /// 1e-3 for nV), or null when the dimension is not a voltage. See <see cref="EdfUnits"/>.
    /// </summary>
    public required double? ScaleToMicrovolts { get; init; }

    /// <summary>Physical value of <see cref="DigitalMin"/>, in <see cref="PhysicalDimension"/>.</summary>
    public required double PhysicalMin { get; init; }

    /// <summary>Physical value of <see cref="DigitalMax"/>, in <see cref="PhysicalDimension"/>.</summary>
    public required double PhysicalMax { get; init; }

    /// <summary>Smallest digital value; −32768…32767 for EDF, −8388608…8388607 for BDF.</summary>
    public required int DigitalMin { get; init; }

    /// <summary>Largest digital value; greater than <see cref="DigitalMin"/>.</summary>
    public required int DigitalMax { get; init; }

    /// <summary>Prefiltering as stored, e.g. "HP:0.1Hz LP:75Hz N:50Hz"; may be empty.</summary>
    public required string Prefiltering { get; init; }

    /// <summary>Samples of this signal in one data record (≥ 1).</summary>
    public required int SamplesPerRecord { get; init; }

    /// <summary>The signal's reserved field (32 bytes), trimmed.</summary>
    public required string Reserved { get; init; }

    /// <summary>Samples per second: SamplesPerRecord / record duration; 0 when the record duration is 0 (annotation-only files).</summary>
    public required double SampleRateHz { get; init; }

    /// <summary>True for an EDF+/BDF+ "EDF Annotations"/"BDF Annotations" signal, which holds TAL text, not samples.</summary>
    public required bool IsAnnotation { get; init; }

    /// <summary>Total samples of this signal in the file: SamplesPerRecord × number of complete records.</summary>
    public required long SampleCount { get; init; }

    /// <summary>Physical units per digital step: (PhysicalMax − PhysicalMin) / (DigitalMax − DigitalMin).</summary>
    public double Gain => (PhysicalMax - PhysicalMin) / ((double)DigitalMax - DigitalMin);

    /// <summary>Converts one digital value to physical units with the EDF formula.</summary>
    public double ToPhysical(int digital) => PhysicalMin + (digital - (double)DigitalMin) * Gain;
}
