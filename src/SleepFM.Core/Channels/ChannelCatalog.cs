namespace SleepFM.Channels;

/// <summary>
/// Describes a recording's channel list in one call: label parsing, modality assignment and position
/// lookup. Used by <c>sleepfm inspect</c> and by the datasets to split a recording into modalities.
/// </summary>
public static class ChannelCatalog
{
    /// <summary>Describes each label, in order, with the embedded 10-05 position table.</summary>
    /// <param name="labels">Raw channel labels in file order.</param>
    /// <returns>One <see cref="ChannelInfo"/> per label, same order and count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or one of its items is null.</exception>
    public static IReadOnlyList<ChannelInfo> Describe(IEnumerable<string> labels) =>
        Describe(labels, ElectrodePositions.Default);

    /// <summary>Describes each label, in order, with a given position table.</summary>
    /// <param name="labels">Raw channel labels in file order.</param>
    /// <param name="positions">The position table to place EEG/EOG channels with.</param>
    /// <returns>One <see cref="ChannelInfo"/> per label, same order and count.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the labels is null.</exception>
    public static IReadOnlyList<ChannelInfo> Describe(IEnumerable<string> labels, ElectrodePositions positions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(positions);
        var result = new List<ChannelInfo>();
        foreach (var raw in labels)
        {
            ArgumentNullException.ThrowIfNull(raw, nameof(labels));
            var label = ChannelLabel.Parse(raw);
            var assignment = ModalityClassifier.Classify(label);
            var place = positions.Locate(label);
            result.Add(new ChannelInfo(label, assignment.Modality, assignment.Reason, place.Position, place.Warning));
        }
        return result;
    }

    /// <summary>
    /// Indices of the channels of one modality, in file order, keeping at most <paramref name="maxChannels"/>
    /// (by default SleepFM's cap from <see cref="ModalityLimits"/>).
    /// </summary>
    /// <param name="channels">Channels from <see cref="Describe(IEnumerable{string})"/>.</param>
    /// <param name="modality">The modality wanted.</param>
    /// <param name="maxChannels">Cap ≥ 0; null means <see cref="ModalityLimits.MaxChannels"/>.</param>
    /// <returns>Indices into <paramref name="channels"/>, ascending.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChannels"/> is negative.</exception>
    public static IReadOnlyList<int> SelectIndices(IReadOnlyList<ChannelInfo> channels, Modality modality, int? maxChannels = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        int cap = maxChannels ?? ModalityLimits.MaxChannels(modality);
        ArgumentOutOfRangeException.ThrowIfNegative(cap, nameof(maxChannels));
        var indices = new List<int>(Math.Min(cap, channels.Count));
        for (int i = 0; i < channels.Count && indices.Count < cap; i++)
            if (channels[i].Modality == modality) indices.Add(i);
        return indices;
    }

    /// <summary>Every position warning of the described channels, in channel order.</summary>
    /// <param name="channels">Channels from <see cref="Describe(IEnumerable{string})"/>.</param>
    public static IReadOnlyList<string> PositionWarnings(IEnumerable<ChannelInfo> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return channels.Where(c => c.PositionWarning is not null).Select(c => c.PositionWarning!).ToList();
    }
}
