using PureHDF;
using PureHDF.Selections;
using PureHDF.VOL.Native;
using SleepFM.Channels;
using SleepFM.IO.Hdf5;

namespace SleepFM.Pipeline;

/// <summary>
/// Reads one shard (<see cref="ShardLayout"/>): the small per-channel and per-window arrays when opened, the samples
/// one window at a time (a contiguous hyperslab, one positional read). Not thread-safe: give each thread its own reader.
/// </summary>
public sealed class ShardReader : IDisposable
{
    readonly NativeFile file;
    readonly IH5Dataset signals;

    ShardReader(string path, NativeFile file, IH5Dataset signals)
    {
        FilePath = path;
        this.file = file;
        this.signals = signals;
    }

    /// <summary>Path of the shard.</summary>
    public string FilePath { get; }
    /// <summary>Recording id (root attribute).</summary>
    public string RecordingId { get; private set; } = "";
    /// <summary>Subject id (root attribute).</summary>
    public string SubjectId { get; private set; } = "";
    /// <summary>N, windows.</summary>
    public int WindowCount { get; private set; }
    /// <summary>C, channels.</summary>
    public int ChannelCount { get; private set; }
    /// <summary>T, samples per window.</summary>
    public int WindowSamples { get; private set; }
    /// <summary>Sample type on disk.</summary>
    public ShardPrecision Precision { get; private set; }
    /// <summary>Rate of the samples, Hz.</summary>
    public double SampleRateHz { get; private set; }
    /// <summary>C raw channel labels.</summary>
    public IReadOnlyList<string> ChannelNames { get; private set; } = [];
    /// <summary>C modalities.</summary>
    public IReadOnlyList<Modality> ChannelModalities { get; private set; } = [];
    /// <summary>[C, 3] row-major positions, NaN where unknown.</summary>
    public float[] Positions { get; private set; } = [];
    /// <summary>[N, C] row-major, 1 = real data.</summary>
    public byte[] ChannelMask { get; private set; } = [];
    /// <summary>L, labels per window.</summary>
    public int LabelWidth { get; private set; }
    /// <summary>[N, L] row-major labels.</summary>
    public int[] Labels { get; private set; } = [];
    /// <summary>N window starts, seconds.</summary>
    public double[] StartSeconds { get; private set; } = [];
    /// <summary>N event channel indices (event-centred windows), −1 where none.</summary>
    public int[] EventChannels { get; private set; } = [];

    /// <summary>Opens a shard and reads its metadata.</summary>
    /// <exception cref="Hdf5FormatException">Not an HDF5 file, a missing dataset, or shapes that disagree (naming the dataset).</exception>
    public static ShardReader Open(string path)
    {
        var file = Hdf5Reading.OpenFile(path);
        try
        {
            var signals = Hdf5Reading.Dataset(file, path, ShardLayout.Signals, "not a SleepFM shard?");
            var reader = new ShardReader(path, file, signals);
            reader.Load();
            return reader;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    void Load()
    {
        var dims = signals.Space.Dimensions;
        if (dims.Length != 3 || dims[0] == 0 || dims[1] == 0 || dims[2] == 0 || dims[0] > int.MaxValue || dims[1] * dims[2] > int.MaxValue)
            throw Bad(ShardLayout.Signals, $"has shape [{string.Join(", ", dims)}]; expected [N, C, T] with N, C, T ≥ 1");
        if (signals.Type.Class != H5DataTypeClass.FloatingPoint || signals.Type.Size is not (2 or 4))
            throw Bad(ShardLayout.Signals, $"has element type {signals.Type.Class} of {signals.Type.Size} bytes; expected float16 or float32");
        (WindowCount, ChannelCount, WindowSamples) = ((int)dims[0], (int)dims[1], (int)dims[2]);
        Precision = signals.Type.Size == 2 ? ShardPrecision.Float16 : ShardPrecision.Float32;
        RecordingId = Guard("attribute recording_id", () => file.Attribute("recording_id").Read<string>());
        SubjectId = Guard("attribute subject_id", () => file.Attribute("subject_id").Read<string>());
        SampleRateHz = Guard("attribute sample_rate_hz", () => file.Attribute("sample_rate_hz").Read<double>());
        ChannelNames = Read<string[]>(ShardLayout.ChannelNames, ChannelCount);
        ChannelModalities = Read<string[]>(ShardLayout.ChannelModality, ChannelCount)
            .Select(m => Enum.TryParse<Modality>(m, out var v) ? v : throw Bad(ShardLayout.ChannelModality, $"holds unknown modality '{m}'")).ToArray();
        Positions = Read<float[]>(ShardLayout.Positions, ChannelCount * 3);
        ChannelMask = Read<byte[]>(ShardLayout.ChannelMask, WindowCount * ChannelCount);
        StartSeconds = Read<double[]>(ShardLayout.StartSeconds, WindowCount);
        EventChannels = Read<int[]>(ShardLayout.EventChannel, WindowCount);
        var labelDims = Hdf5Reading.Dataset(file, FilePath, ShardLayout.Labels, "not a SleepFM shard?").Space.Dimensions;
        if (labelDims.Length != 2 || labelDims[0] != (ulong)WindowCount || labelDims[1] is 0 or > 100_000)
            throw Bad(ShardLayout.Labels, $"has shape [{string.Join(", ", labelDims)}]; expected [{WindowCount}, L]");
        LabelWidth = (int)labelDims[1];
        Labels = Read<int[]>(ShardLayout.Labels, WindowCount * LabelWidth);
    }

    /// <summary>Reads window <paramref name="row"/> as [C, T] into a float16 buffer (float16 shards only).</summary>
    /// <param name="row">0 ≤ row &lt; N.</param>
    /// <param name="destination">At least C × T elements.</param>
    public void ReadWindow(int row, Memory<Half> destination)
    {
        if (Precision != ShardPrecision.Float16) throw new InvalidOperationException($"{FilePath} stores float32; read into a float buffer.");
        CheckRow(row, destination.Length);
        Guard(ShardLayout.Signals, () => { signals.Read(destination[..(ChannelCount * WindowSamples)], WindowSelection(row)); return 0; });
    }

    /// <summary>Reads window <paramref name="row"/> as [C, T] into a float32 buffer (float32 shards only).</summary>
    public void ReadWindow(int row, Memory<float> destination)
    {
        if (Precision != ShardPrecision.Float32) throw new InvalidOperationException($"{FilePath} stores float16; read into a Half buffer.");
        CheckRow(row, destination.Length);
        Guard(ShardLayout.Signals, () => { signals.Read(destination[..(ChannelCount * WindowSamples)], WindowSelection(row)); return 0; });
    }

    /// <summary>Window <paramref name="row"/> as a new float32 [C, T] array, whatever the stored precision.</summary>
    public float[] ReadWindow(int row)
    {
        var result = new float[ChannelCount * WindowSamples];
        if (Precision == ShardPrecision.Float32) ReadWindow(row, result.AsMemory());
        else
        {
            var half = new Half[result.Length];
            ReadWindow(row, half.AsMemory());
            for (int i = 0; i < half.Length; i++) result[i] = (float)half[i];
        }
        return result;
    }

    HyperslabSelection WindowSelection(int row) => new(3, [(ulong)row, 0, 0], [1, (ulong)ChannelCount, (ulong)WindowSamples]);

    void CheckRow(int row, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, WindowCount);
        if (length < ChannelCount * WindowSamples)
            throw new ArgumentException($"The buffer holds {length} values; a window needs C × T = {ChannelCount * WindowSamples}.");
    }

    T Read<T>(string name, int expectedLength) where T : class
    {
        var dataset = Hdf5Reading.Dataset(file, FilePath, name, "not a SleepFM shard?");
        ulong count = dataset.Space.Dimensions.Aggregate(1UL, (a, b) => a * b);
        if (count != (ulong)expectedLength)
            throw Bad(name, $"has {count} elements; expected {expectedLength} for N = {WindowCount}, C = {ChannelCount}");
        return Guard(name, () => dataset.Read<T>());
    }

    T Guard<T>(string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or Hdf5FormatException or ArgumentException or InvalidOperationException))
        {
            throw new Hdf5FormatException(FilePath, field, null, $"could not be read ({e.GetType().Name}: {e.Message})", e);
        }
    }

    Hdf5FormatException Bad(string dataset, string problem) => new(FilePath, $"dataset '{dataset}'", null, problem);

    /// <inheritdoc />
    public void Dispose() => file.Dispose();
}
