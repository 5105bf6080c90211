namespace SleepFM.IO.Wfdb;

/// <summary>
/// One signal line of a WFDB header (PhysioNet header(5)), with the spec's defaults applied.
/// Physical value = (digital − <see cref="Baseline"/>) / <see cref="AdcGain"/>, in <see cref="Units"/>.
/// </summary>
/// <param name="FileName">Signal file named by the header, relative to the header's folder (e.g. "100.dat", "a103l.mat").</param>
/// <param name="Format">Storage format.</param>
/// <param name="SamplesPerFrame">Samples of this signal in each frame, ≥ 1 (the "x" suffix; 1 when omitted).</param>
/// <param name="Skew">Frames by which this signal's stored samples lag the others, ≥ 0 (the ":" suffix).</param>
/// <param name="ByteOffset">Bytes to skip at the start of the signal file, ≥ 0 (the "+" suffix, e.g. 24 for challenge .mat files).</param>
/// <param name="AdcGain">ADC units per physical unit, non-zero; 200 when omitted or 0 (as the spec says).</param>
/// <param name="Baseline">Digital value of physical zero; the ADC zero when omitted.</param>
/// <param name="Units">Physical units, e.g. "mV", "uV", "NU"; "mV" when omitted.</param>
/// <param name="AdcResolutionBits">ADC resolution in bits; the format's width when omitted or 0.</param>
/// <param name="AdcZero">Digital value at the middle of the ADC range; 0 when omitted.</param>
/// <param name="InitialValue">First sample as given by the header, or null when omitted.</param>
/// <param name="Checksum">16-bit checksum (sum of all samples mod 65536) as given by the header, or null when omitted.</param>
/// <param name="BlockSize">Block size in bytes (0 for ordinary files).</param>
/// <param name="Description">Signal description, usually the lead or channel name (e.g. "MLII", "v1", "PLETH"); may be empty.</param>
/// <param name="HeaderLine">1-based line number of this signal in the header file.</param>
public sealed record WfdbSignalSpec(
    string FileName,
    WfdbStorageFormat Format,
    int SamplesPerFrame,
    int Skew,
    long ByteOffset,
    double AdcGain,
    int Baseline,
    string Units,
    int AdcResolutionBits,
    int AdcZero,
    int? InitialValue,
    int? Checksum,
    int BlockSize,
    string Description,
    int HeaderLine)
{
    /// <summary>
    /// Factor converting this signal's physical units to millivolts (1 for "mV", 0.001 for "uV"/"µV",
    /// 1000 for "V"), or null for non-voltage units such as "NU" or "mmHg".
    /// </summary>
    public double? MillivoltsPerUnit => WfdbUnits.MillivoltsPerUnit(Units);

    /// <summary>Converts one digital sample to physical units; the format's invalid value gives NaN.</summary>
    public double ToPhysical(int digital) =>
        digital == WfdbSampleCodec.InvalidValue(Format) ? double.NaN : (digital - Baseline) / AdcGain;
}
