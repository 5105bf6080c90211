using PureHDF;
using PureHDF.Selections;

namespace SleepFM.Pipeline;

/// <summary>
/// Writes one shard (see <see cref="ShardLayout"/>): the small datasets up front, then the signals one channel at a
/// time, so a night's windows never have to be in memory all at once. Dispose to finish the file. Callers write to a
/// temporary name and rename afterwards (<see cref="RecordingPreparer"/> does).
/// </summary>
public sealed class ShardWriter : IDisposable
{
    readonly H5NativeWriter writer;
    readonly H5Dataset? halfSignals, floatSignals;
    readonly H5Dataset<byte[]> mask;
    readonly int windowCount, channelCount, windowSamples;

    /// <summary>Creates the file and writes everything but the signals and the mask.</summary>
    /// <param name="path">Target path (overwritten).</param>
    /// <param name="metadata">Identity, channels and per-window metadata; its counts fix the shape.</param>
    /// <param name="precision">Sample type on disk.</param>
    public ShardWriter(string path, ShardMetadata metadata, ShardPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        metadata.Validate();
        windowCount = metadata.WindowCount;
        channelCount = metadata.ChannelNames.Count;
        windowSamples = metadata.WindowSamples;
        ulong[] dims = [(ulong)windowCount, (ulong)channelCount, (ulong)windowSamples];
        H5Dataset signals;
        if (precision == ShardPrecision.Float16) signals = halfSignals = new H5Dataset<Half[]>(fileDims: dims);
        else signals = floatSignals = new H5Dataset<float[]>(fileDims: dims);
        var positions = new float[channelCount * 3];
        for (int c = 0; c < channelCount; c++)
        {
            var p = metadata.Positions[c];
            positions[3 * c] = p is { } a ? (float)a.X : float.NaN;
            positions[3 * c + 1] = p is { } b ? (float)b.Y : float.NaN;
            positions[3 * c + 2] = p is { } d ? (float)d.Z : float.NaN;
        }
        var file = new H5File
        {
            [ShardLayout.Signals] = signals,
            [ShardLayout.ChannelMask] = mask = new H5Dataset<byte[]>(fileDims: [(ulong)windowCount, (ulong)channelCount]),
            [ShardLayout.Positions] = new H5Dataset(positions, fileDims: [(ulong)channelCount, 3]),
            [ShardLayout.ChannelNames] = metadata.ChannelNames.ToArray(),
            [ShardLayout.ChannelModality] = metadata.ChannelModalities.Select(m => m.ToString()).ToArray(),
            [ShardLayout.Labels] = new H5Dataset(metadata.Labels, fileDims: [(ulong)windowCount, (ulong)metadata.LabelWidth]),
            [ShardLayout.StartSeconds] = metadata.StartSeconds.ToArray(),
            [ShardLayout.EventChannel] = metadata.EventChannels.ToArray(),
        };
        file.Attributes["format_version"] = ShardLayout.FormatVersion;
        file.Attributes["recording_id"] = metadata.RecordingId;
        file.Attributes["subject_id"] = metadata.SubjectId;
        file.Attributes["recipe"] = metadata.Recipe;
        file.Attributes["sample_rate_hz"] = metadata.SampleRateHz;
        file.Attributes["window_samples"] = windowSamples;
        file.Attributes["dtype"] = precision == ShardPrecision.Float16 ? "float16" : "float32";
        writer = file.BeginWrite(path);
    }

    /// <summary>Writes channel <paramref name="channel"/> of every window: <paramref name="windows"/> is [N, T] row-major, already converted.</summary>
    public void WriteChannel(int channel, Half[] windows)
    {
        if (halfSignals is null) throw new InvalidOperationException("This shard stores float32; pass float[].");
        CheckChannel(channel, windows.Length);
        writer.Write((H5Dataset<Half[]>)halfSignals, windows, fileSelection: ChannelSelection(channel));
    }

    /// <summary>Float32 variant of <see cref="WriteChannel(int, Half[])"/>.</summary>
    public void WriteChannel(int channel, float[] windows)
    {
        if (floatSignals is null) throw new InvalidOperationException("This shard stores float16; pass Half[].");
        CheckChannel(channel, windows.Length);
        writer.Write((H5Dataset<float[]>)floatSignals, windows, fileSelection: ChannelSelection(channel));
    }

    /// <summary>Writes the [N, C] channel mask (1 = real data), row-major; known only after the samples, so it comes last.</summary>
    public void WriteMask(byte[] channelMask)
    {
        if (channelMask.Length != windowCount * channelCount)
            throw new ArgumentException($"Expected N × C = {windowCount} × {channelCount} mask entries, got {channelMask.Length}.", nameof(channelMask));
        writer.Write(mask, channelMask);
    }

    HyperslabSelection ChannelSelection(int channel) =>
        new(3, [0, (ulong)channel, 0], [(ulong)windowCount, 1, (ulong)windowSamples]);

    void CheckChannel(int channel, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, channelCount);
        if (length != windowCount * windowSamples)
            throw new ArgumentException($"Expected N × T = {windowCount} × {windowSamples} samples, got {length}.");
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();
}
