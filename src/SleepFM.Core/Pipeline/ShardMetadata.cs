using SleepFM.Channels;

namespace SleepFM.Pipeline;

/// <summary>Everything in a shard except the samples and the channel mask.</summary>
/// <param name="RecordingId">Recording id.</param>
/// <param name="SubjectId">Subject id.</param>
/// <param name="Recipe">Recipe name.</param>
/// <param name="SampleRateHz">Rate of the stored samples, Hz.</param>
/// <param name="WindowSamples">T, samples per window, ≥ 1.</param>
/// <param name="ChannelNames">C raw labels.</param>
/// <param name="ChannelModalities">C modalities.</param>
/// <param name="Positions">C positions (null = unknown).</param>
/// <param name="LabelWidth">L ≥ 1.</param>
/// <param name="Labels">[N, L] row-major.</param>
/// <param name="StartSeconds">N window starts, seconds.</param>
/// <param name="EventChannels">N event channel indices (−1 none).</param>
public sealed record ShardMetadata(
    string RecordingId, string SubjectId, string Recipe, double SampleRateHz, int WindowSamples,
    IReadOnlyList<string> ChannelNames, IReadOnlyList<Modality> ChannelModalities, IReadOnlyList<ElectrodePosition?> Positions,
    int LabelWidth, int[] Labels, IReadOnlyList<double> StartSeconds, IReadOnlyList<int> EventChannels)
{
    /// <summary>N.</summary>
    public int WindowCount => StartSeconds.Count;

    /// <summary>Checks that the array lengths agree.</summary>
    /// <exception cref="ArgumentException">A length mismatch, naming the field.</exception>
    public void Validate()
    {
        int n = WindowCount, c = ChannelNames.Count;
        if (n < 1 || c < 1 || WindowSamples < 1 || LabelWidth < 1) throw new ArgumentException($"N = {n}, C = {c}, T = {WindowSamples}, L = {LabelWidth} must all be ≥ 1.");
        if (ChannelModalities.Count != c) throw new ArgumentException("ChannelModalities must have one entry per channel.", nameof(ChannelModalities));
        if (Positions.Count != c) throw new ArgumentException("Positions must have one entry per channel.", nameof(Positions));
        if (Labels.Length != n * LabelWidth) throw new ArgumentException("Labels must be [N, L].", nameof(Labels));
        if (EventChannels.Count != n) throw new ArgumentException("EventChannels must have N entries.", nameof(EventChannels));
    }
}
