using SleepFM.Channels;

namespace SleepFM.IO.Inspection;

/// <summary>Builds channel summaries from labels, so every format names, classifies and places channels alike.</summary>
internal static class ChannelDescriptions
{
    public static List<ChannelSummary> Build(
        IReadOnlyList<string> labels, Func<int, double> sampleRateHz, Func<int, string> unit, Func<int, long> sampleCount,
        IReadOnlyList<RunningStatistics>? statistics, List<string> warnings)
    {
        var infos = ChannelCatalog.Describe(labels);
        warnings.AddRange(ChannelCatalog.PositionWarnings(infos));
        return infos.Select((info, i) => new ChannelSummary(
            i, info.RawLabel, info.Name, info.Modality, info.ModalityReason, info.Position,
            sampleRateHz(i), unit(i), sampleCount(i),
            statistics?[i].Mean, statistics?[i].StandardDeviation)).ToList();
    }
}
