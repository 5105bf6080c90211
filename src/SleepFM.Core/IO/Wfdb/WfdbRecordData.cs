namespace SleepFM.IO.Wfdb;

/// <summary>A whole WFDB record read into memory, in physical units, with its verification results.</summary>
/// <param name="Header">The parsed header.</param>
/// <param name="FrameCount">Frames read (samples per signal when every signal has one sample per frame).</param>
/// <param name="Signals">
/// <c>[signal][sample]</c> float32 in each signal's own units (see <see cref="WfdbSignalSpec.Units"/> and
/// <see cref="WfdbSignalSpec.MillivoltsPerUnit"/>); length FrameCount × samples-per-frame; NaN where the
/// stored sample is the format's invalid value.
/// </param>
/// <param name="Checks">Checksum and initial-value comparison per signal (empty when verification was skipped).</param>
/// <param name="Warnings">Recoverable oddities from the header and the data files.</param>
public sealed record WfdbRecordData(
    WfdbHeader Header,
    long FrameCount,
    IReadOnlyList<float[]> Signals,
    IReadOnlyList<WfdbSignalCheck> Checks,
    IReadOnlyList<ReadWarning> Warnings)
{
    /// <summary>Frames per second (the header's sampling frequency).</summary>
    public double FrameRateHz => Header.FrameRateHz;

    /// <summary>Samples of signal <paramref name="index"/> in millivolts (a new array), or null for a non-voltage unit.</summary>
    public float[]? SignalInMillivolts(int index)
    {
        if (Header.Signals[index].MillivoltsPerUnit is not { } factor) return null;
        var source = Signals[index];
        var result = new float[source.Length];
        for (int i = 0; i < source.Length; i++) result[i] = (float)(source[i] * factor);
        return result;
    }
}
