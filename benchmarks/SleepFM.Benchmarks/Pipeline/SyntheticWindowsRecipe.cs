using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.Signals;

namespace SleepFM.Benchmarks.Pipeline;

/// <summary>
/// In-memory recordings of the 19 channels of the 10-20 montage at 128 Hz (so preprocessing is only the z-score),
/// for writing a large prepared set quickly: no source files, <c>Enumerate</c> ignores its folder.
/// </summary>
internal sealed class SyntheticWindowsRecipe(int recordings, int windowsPerRecording) : IDatasetRecipe
{
    public static readonly string[] Montage =
        ["Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T3", "C3", "Cz", "C4", "T4", "T5", "P3", "Pz", "P4", "T6", "O1", "O2"];

    public string Name => "synthetic-19ch";
    public PreprocessingChain Chain => PreprocessingChain.Pretraining;
    public double WindowSeconds => 60;
    public LabelSpace Labels => SleepStages.Labels;

    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory) =>
        Enumerable.Range(0, recordings).Select(r => new RecordingDescriptor($"rec-{r:0000}", $"subject-{r / 2:0000}", [$"memory:{r}"], null,
            new Dictionary<string, string>())).ToList();

    public SourceRecording Open(RecordingDescriptor recording)
    {
        int seed = int.Parse(recording.RecordingId[4..]);
        var described = ChannelCatalog.Describe(Montage);
        int samples = windowsPerRecording * 60 * 128;
        var channels = described.Select((c, k) => new SourceChannel(c.RawLabel, Modality.BAS, c.Position, 128, () => Synthesize(samples, seed * 31 + k))).ToList();
        var windows = Enumerable.Range(0, windowsPerRecording).Select(w => new LabelledWindow(w * 60.0, [w % 5])).ToList();
        return new SourceRecording(channels, windows, windowsPerRecording * 60.0, [], null);
    }

    // Two oscillations plus xorshift noise: cheap enough that writing 20,000 windows is dominated by the pipeline itself.
    static float[] Synthesize(int samples, int seed)
    {
        var x = new float[samples];
        uint state = (uint)seed * 2654435761u + 1;
        double f1 = 2 * Math.PI * (1 + seed % 7) / 128, f2 = 2 * Math.PI * (8 + seed % 5) / 128;
        for (int i = 0; i < samples; i++)
        {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5;
            x[i] = (float)(30 * Math.Sin(f1 * i) + 10 * Math.Sin(f2 * i) + (state & 0xFFFF) / 3276.8 - 10);
        }
        return x;
    }
}
