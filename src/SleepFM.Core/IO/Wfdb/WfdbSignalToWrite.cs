namespace SleepFM.IO.Wfdb;

/// <summary>One signal to be written by <see cref="WfdbWriter"/>.</summary>
/// <param name="Description">Signal description (lead name), e.g. "I", "V1"; must not contain line breaks.</param>
/// <param name="Physical">Samples in <paramref name="Units"/>; NaN is stored as the format-16 invalid value (-32768).</param>
/// <param name="AdcGain">ADC units per physical unit, &gt; 0; PTB-XL and the challenges use 1000 per mV (1 µV resolution).</param>
/// <param name="Baseline">Digital value of physical zero.</param>
/// <param name="Units">Physical units without blanks, e.g. "mV".</param>
public sealed record WfdbSignalToWrite(
    string Description,
    float[] Physical,
    double AdcGain = 1000,
    int Baseline = 0,
    string Units = "mV");
