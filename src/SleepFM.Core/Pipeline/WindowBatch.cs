using SleepFM.Channels;
using static TorchSharp.torch;

namespace SleepFM.Pipeline;

/// <summary>
/// One batch from <see cref="WindowBatchLoader"/>. Ownership: when the loader hands the batch over (at the enumerator's
/// <c>MoveNext</c>) its tensors join the caller's current <c>torch.NewDisposeScope()</c>, if one is open, and die with it;
/// otherwise the caller owns them and disposes the batch (<c>using var batch = …</c>; <see cref="Dispose"/> disposes every
/// tensor, and disposing twice is harmless).
/// </summary>
/// <remarks>
/// Flat mode fills <see cref="Signals"/>, <see cref="ChannelMask"/> and <see cref="Positions"/> (C = the dataset's widest
/// channel set, so every batch has the same shape). Grouped mode (pretraining) leaves them null and fills
/// <see cref="Modalities"/> and <see cref="Presence"/> instead. <b>Missing modality rule:</b> a clip without any real
/// channel of a modality has an all-false mask row for it and false in <see cref="Presence"/>; its samples are zeros
/// that no real channel ever shares, and the loss must leave that clip out of that modality's terms (never treat the
/// zeros as signal).
/// </remarks>
public sealed class WindowBatch : IDisposable
{
    internal WindowBatch(Tensor? signals, Tensor? channelMask, Tensor? positions, IReadOnlyList<ModalityTensors> modalities, Tensor? presence,
        Tensor labels, IReadOnlyList<long> windowIds, IReadOnlyList<string> recordingIds, IReadOnlyList<string> subjectIds,
        IReadOnlyList<IReadOnlyList<string>> channelNames, IReadOnlyList<IReadOnlyList<Modality>> channelModalities, IReadOnlyList<int> eventChannels)
    {
        ChannelNames = channelNames;
        ChannelModalities = channelModalities;
        EventChannels = eventChannels;
        Signals = signals;
        ChannelMask = channelMask;
        Positions = positions;
        Modalities = modalities;
        Presence = presence;
        Labels = labels;
        WindowIds = windowIds;
        RecordingIds = recordingIds;
        SubjectIds = subjectIds;
    }

    /// <summary>B, windows in this batch.</summary>
    public int Count => WindowIds.Count;
    /// <summary>[B, C, T] float32 (flat mode; null when grouped); zeros in padded slots.</summary>
    public Tensor? Signals { get; }
    /// <summary>[B, C] bool, true for real channels (flat mode).</summary>
    public Tensor? ChannelMask { get; }
    /// <summary>[B, C, 3] float32 unit-sphere positions, NaN where unknown or padded (flat mode).</summary>
    public Tensor? Positions { get; }
    /// <summary>Per modality tensors, in the paper's order (BAS, ECG, RESP, EMG; modalities absent from the whole dataset are left out). Empty in flat mode.</summary>
    public IReadOnlyList<ModalityTensors> Modalities { get; }
    /// <summary>[M, B] bool: clip b has modality m (grouped mode; null in flat mode).</summary>
    public Tensor? Presence { get; }
    /// <summary>Single-label: [B] int64 class indices (−1 unknown). Multi-label: [B, L] float32 0/1 flags.</summary>
    public Tensor Labels { get; }
    /// <summary>Window ids (index.csv row numbers), one per clip.</summary>
    public IReadOnlyList<long> WindowIds { get; }
    /// <summary>Recording of each clip.</summary>
    public IReadOnlyList<string> RecordingIds { get; }
    /// <summary>Subject of each clip.</summary>
    public IReadOnlyList<string> SubjectIds { get; }
    /// <summary>
    /// Per clip, the raw labels of its real channels in storage order. Flat mode: slot k of <see cref="Signals"/> is
    /// channel k (slots past the list are padding). Grouped mode: slot k of modality m is the k-th channel of
    /// <see cref="ChannelModalities"/> equal to m.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ChannelNames { get; }
    /// <summary>Per clip, the modality of each channel in <see cref="ChannelNames"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Modality>> ChannelModalities { get; }
    /// <summary>Per clip, the channel index (into <see cref="ChannelNames"/>) an event-centred window was marked on, or −1.</summary>
    public IReadOnlyList<int> EventChannels { get; }

    /// <summary>Every tensor of the batch.</summary>
    public IEnumerable<Tensor> Tensors()
    {
        foreach (var t in new[] { Signals, ChannelMask, Positions, Presence, Labels })
            if (t is not null) yield return t;
        foreach (var m in Modalities)
        {
            yield return m.Signals;
            yield return m.ChannelMask;
            yield return m.Positions;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Signals?.Dispose();
        ChannelMask?.Dispose();
        Positions?.Dispose();
        foreach (var m in Modalities)
        {
            m.Signals.Dispose();
            m.ChannelMask.Dispose();
            m.Positions.Dispose();
        }
        Presence?.Dispose();
        Labels.Dispose();
    }
}
