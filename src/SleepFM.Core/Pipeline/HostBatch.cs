using SleepFM.Channels;

namespace SleepFM.Pipeline;

/// <summary>A batch assembled in managed buffers (reused across batches) before it becomes tensors.</summary>
internal sealed class HostBatch
{
    public HostBatch(int capacity, IReadOnlyList<(Modality? Modality, int Channels)> groups, int windowSamples, bool half, int labelWidth, bool multiLabel)
    {
        Capacity = capacity;
        WindowSamples = windowSamples;
        Groups = groups.Select(g => new Group(g.Modality, g.Channels, capacity, windowSamples, half)).ToArray();
        LabelWidth = labelWidth;
        MultiLabel = multiLabel;
        if (multiLabel) FlagLabels = new float[capacity * labelWidth];
        else ClassLabels = new long[capacity];
        WindowIds = new long[capacity];
        RecordingIds = new string[capacity];
        SubjectIds = new string[capacity];
        ChannelNames = new IReadOnlyList<string>[capacity];
        ChannelModalities = new IReadOnlyList<Modality>[capacity];
        EventChannels = new int[capacity];
    }

    public sealed class Group(Modality? modality, int channels, int capacity, int windowSamples, bool half)
    {
        public Modality? Modality { get; } = modality;
        public int Channels { get; } = channels;
        public Half[]? HalfSignals { get; } = half ? new Half[capacity * channels * windowSamples] : null;
        public float[]? FloatSignals { get; } = half ? null : new float[capacity * channels * windowSamples];
        public bool[] Mask { get; } = new bool[capacity * channels];
        public float[] Positions { get; } = new float[capacity * channels * 3];
        public bool[] Present { get; } = new bool[capacity];
    }

    public int Capacity { get; }
    public int WindowSamples { get; }
    public int Count { get; set; }
    public Group[] Groups { get; }
    public int LabelWidth { get; }
    public bool MultiLabel { get; }
    public long[]? ClassLabels { get; }
    public float[]? FlagLabels { get; }
    public long[] WindowIds { get; }
    public string[] RecordingIds { get; }
    public string[] SubjectIds { get; }
    public IReadOnlyList<string>[] ChannelNames { get; }
    public IReadOnlyList<Modality>[] ChannelModalities { get; }
    public int[] EventChannels { get; }
}
