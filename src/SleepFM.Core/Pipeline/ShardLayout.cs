namespace SleepFM.Pipeline;

/// <summary>
/// Names inside one prepared shard: an HDF5 file (written with PureHDF, readable by h5py and any HDF5 tool)
/// holding the windows of one recording. Every dataset is contiguous and uncompressed.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term><c>signals</c></term><description>[N, C, T] float16 or float32: N windows, C channels of this recording, T samples.</description></item>
/// <item><term><c>channel_mask</c></term><description>[N, C] uint8: 1 = real data; 0 = the channel is flat (constant) in that window.</description></item>
/// <item><term><c>positions</c></term><description>[C, 3] float32 unit-sphere x (right), y (front), z (up); NaN where unknown.</description></item>
/// <item><term><c>channel_names</c></term><description>[C] string: the raw labels.</description></item>
/// <item><term><c>channel_modality</c></term><description>[C] string: BAS, ECG, RESP or EMG; channels are grouped by modality.</description></item>
/// <item><term><c>labels</c></term><description>[N, L] int32: class index (−1 unknown) for L = 1, else 0/1 flags.</description></item>
/// <item><term><c>start_s</c></term><description>[N] float64: window start, seconds from the recording start.</description></item>
/// <item><term><c>event_channel</c></term><description>[N] int32: channel index of an event-centred window's event, −1 when none.</description></item>
/// </list>
/// Root attributes: <c>format_version</c>, <c>recording_id</c>, <c>subject_id</c>, <c>recipe</c>, <c>sample_rate_hz</c>,
/// <c>window_samples</c>, <c>dtype</c> ("float16"/"float32").
/// </remarks>
public static class ShardLayout
{
    /// <summary>Version of this layout, stored in every shard and in dataset.json.</summary>
    public const int FormatVersion = 1;
    /// <summary>[N, C, T] samples.</summary>
    public const string Signals = "signals";
    /// <summary>[N, C] uint8 channel mask.</summary>
    public const string ChannelMask = "channel_mask";
    /// <summary>[C, 3] float32 positions.</summary>
    public const string Positions = "positions";
    /// <summary>[C] channel labels.</summary>
    public const string ChannelNames = "channel_names";
    /// <summary>[C] modality names.</summary>
    public const string ChannelModality = "channel_modality";
    /// <summary>[N, L] int32 labels.</summary>
    public const string Labels = "labels";
    /// <summary>[N] float64 start times.</summary>
    public const string StartSeconds = "start_s";
    /// <summary>[N] int32 event channel.</summary>
    public const string EventChannel = "event_channel";
    /// <summary>Folder of shards (and their manifests) inside a prepared dataset.</summary>
    public const string ShardFolder = "shards";
    /// <summary>Shard file extension.</summary>
    public const string ShardExtension = ".h5";
    /// <summary>Manifest (completion marker) extension.</summary>
    public const string ManifestExtension = ".json";
}
