namespace SleepFM.IO.Wfdb;

/// <summary>
/// A parsed single-segment WFDB header (.hea). Frame-based: <see cref="FrameCount"/> frames at
/// <see cref="FrameRateHz"/>; a signal with <see cref="WfdbSignalSpec.SamplesPerFrame"/> k has k samples
/// per frame (sample rate k × <see cref="FrameRateHz"/>). For ordinary records k = 1 and a frame is one
/// sample of every signal.
/// </summary>
/// <param name="HeaderPath">Path of the .hea file (signal files are resolved relative to its folder).</param>
/// <param name="RecordName">Record name from the record line.</param>
/// <param name="FrameRateHz">Sampling frequency in frames per second, &gt; 0 (250 when omitted, per the spec).</param>
/// <param name="CounterFrequencyHz">Counter frequency, when given as <c>freq/counterfreq</c>.</param>
/// <param name="BaseCounter">Base counter value, when given as <c>freq/counterfreq(base)</c>.</param>
/// <param name="FrameCount">Number of samples per signal (frames) from the header, or null when omitted (then the readers derive it from the file length).</param>
/// <param name="BaseTime">Time of day of the first sample, when given.</param>
/// <param name="BaseDate">Date of the first sample, when given.</param>
/// <param name="Signals">Signal lines, in header order.</param>
/// <param name="Comments">Comment lines, raw and parsed.</param>
/// <param name="Warnings">Recoverable oddities found while parsing (bad date, default gain used, …).</param>
public sealed record WfdbHeader(
    string HeaderPath,
    string RecordName,
    double FrameRateHz,
    double? CounterFrequencyHz,
    double? BaseCounter,
    long? FrameCount,
    TimeOnly? BaseTime,
    DateOnly? BaseDate,
    IReadOnlyList<WfdbSignalSpec> Signals,
    WfdbHeaderComments Comments,
    IReadOnlyList<ReadWarning> Warnings)
{
    /// <summary>Signal descriptions (lead names) in header order.</summary>
    public IReadOnlyList<string> SignalNames => Signals.Select(s => s.Description).ToArray();

    /// <summary>Record duration in seconds, or null when the header omits the number of samples.</summary>
    public double? DurationSeconds => FrameCount is { } n ? n / FrameRateHz : null;

    /// <summary>Index of the first signal whose description equals <paramref name="description"/> (ordinal, case-insensitive), or -1.</summary>
    public int IndexOf(string description)
    {
        for (int i = 0; i < Signals.Count; i++)
            if (string.Equals(Signals[i].Description, description, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
