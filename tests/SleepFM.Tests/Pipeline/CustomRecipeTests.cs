using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.IO.Edf;
using SleepFM.Pipeline;
using TorchSharp;
using SleepFM.Signals;
using SleepFM.Tests.Datasets;
using SleepFM.Tests.Fixtures;
using static TorchSharp.torch;

namespace SleepFM.Tests.Pipeline;

/// <summary>A new dataset is one IDatasetRecipe: here TUEV-style event-centred windows with multi-label flags.</summary>
public sealed class CustomRecipeTests
{
    /// <summary>Events are EDF+ annotations "class@channel"; each becomes a 4-s window centred on it.</summary>
    sealed class EventRecipe : IDatasetRecipe
    {
        public string Name => "test-events";
        public PreprocessingChain Chain => PreprocessingChain.EegDownstream(60);
        public double WindowSeconds => 4;
        public LabelSpace Labels { get; } = new(["spsw", "eyem", "artf"], MultiLabel: true);

        public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory) =>
            SourceFiles.Find(sourceDirectory, ".edf").Select(f => new RecordingDescriptor(
                SourceFiles.RelativeId(sourceDirectory, f), "subject-" + Path.GetFileNameWithoutExtension(f), [f],
                f.Contains("eval") ? DataSplit.Test : null, new Dictionary<string, string>())).ToList();

        public SourceRecording Open(RecordingDescriptor recording)
        {
            var edf = EdfFile.Open(recording.MainFile);
            var events = edf.Annotations.Select(a =>
            {
                var parts = a.Text.Split('@');
                return new EventSpan(parts[1], a.OnsetSeconds, a.OnsetSeconds + (a.DurationSeconds ?? 0), Labels.ClassNames.ToList().IndexOf(parts[0]));
            });
            var windows = WindowPlanner.EventCentred(events, edf.Header.DataDurationSeconds, WindowSeconds)
                .Select(w => w with { Labels = Enumerable.Range(0, 3).Select(k => k == w.Labels[0] ? 1 : 0).ToArray() }).ToList();
            return new SourceRecording(EdfChannelSelection.Select(edf, [Modality.BAS], _ => 32), windows, edf.Header.DataDurationSeconds, [], edf);
        }
    }

    [Fact]
    public void EventWindowsWithMultiLabelFlagsFlowThroughPrepareAndBatches()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        (string, double, string)[] montage = [("FP1-F7", 250, "uV"), ("F7-T3", 250, "uV"), ("T3-T5", 250, "uV")];
        PsgTestData.WriteNight(Path.Combine(source, "train", "r1.edf"), 30, 1, montage,
            [new EdfAnnotation(10, 1, "spsw@F7-T3"), new EdfAnnotation(28, 1, "artf@T3-T5")]);
        PsgTestData.WriteNight(Path.Combine(source, "eval", "r2.edf"), 30, 2, montage[..2], [new EdfAnnotation(5, 2, "eyem@FP1-F7")]);
        var report = PrepareRunner.Run(new PrepareOptions { Recipe = new EventRecipe(), SourceDirectory = source, OutputDirectory = output });
        Assert.Equal(0, report.ExitCode);

        var dataset = PreparedDataset.Open(output);
        Assert.True(dataset.Info.Labels.MultiLabel);
        Assert.Equal(DataSplit.Test, dataset.Splits["subject-r2"]);   // official eval set
        Assert.Equal([4.0, 8.5, 26.0], dataset.Windows.Select(w => w.StartSeconds));   // eval/r2 first; centred; the last clamped to the end
        using (var shard = ShardReader.Open(dataset.ShardPath(dataset.Windows[1].Shard)))
            Assert.Equal([1, 0, 0, 0, 0, 1], shard.Labels);

        var loader = new WindowBatchLoader(dataset, new BatchLoaderOptions { BatchSize = 8, Shuffle = ShuffleMode.None });
        using var batch = Assert.Single(loader.Batches());
        Assert.Equal([3L, 3, 512], batch.Signals!.shape);
        Assert.Equal([3L, 3], batch.Labels.shape);
        Assert.Equal(ScalarType.Float32, batch.Labels.dtype);
        Assert.Equal([0f, 1, 0, 1, 0, 0, 0, 0, 1], batch.Labels.data<float>().ToArray());
        Assert.Equal([true, true, false], batch.ChannelMask![0].data<bool>().ToArray());   // r2 has 2 of 3 channels
        Assert.Equal(["FP1-F7", "F7-T3"], batch.ChannelNames[0]);
        Assert.Equal([0, 1, 2], batch.EventChannels);   // eyem@FP1-F7, spsw@F7-T3, artf@T3-T5
        // EEG downstream chain: clipped to ±50 µV then ÷10, so every value lies in [−5, 5].
        Assert.True(batch.Signals.abs().max().ToSingle() <= 5f);
    }
}
