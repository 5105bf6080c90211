using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.Pipeline;
using SleepFM.Tests.Fixtures;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Pipeline;

/// <summary>Batches: shapes, padding and masks, seeded shuffling, modality grouping, prefetch.</summary>
public sealed class WindowBatchLoaderTests
{
    [Fact]
    public void FlatBatchesArePaddedWithAMaskAndHoldTheShardValues()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);   // 3 nights × 6 windows of 10 s
        var loader = new WindowBatchLoader(dataset, new BatchLoaderOptions { BatchSize = 4, Shuffle = ShuffleMode.None, PrefetchBatches = 0 });
        Assert.Equal(18, loader.WindowCount);
        Assert.Equal(5, loader.BatchCount);
        var batches = loader.Batches().ToList();
        try
        {
            Assert.Equal([4, 4, 4, 4, 2], batches.Select(b => b.Count));
            var first = batches[0];
            Assert.Equal([4L, 7, 1280], first.Signals!.shape);
            Assert.Equal(ScalarType.Float32, first.Signals.dtype);
            Assert.Equal([4L, 7], first.ChannelMask!.shape);
            Assert.Equal(ScalarType.Bool, first.ChannelMask.dtype);
            Assert.Equal([4L, 7, 3], first.Positions!.shape);
            Assert.Equal([4L], first.Labels.shape);
            Assert.Equal(ScalarType.Int64, first.Labels.dtype);
            Assert.Empty(first.Modalities);
            Assert.Null(first.Presence);
            Assert.Equal([2L, 2, 2, 2], first.Labels.data<long>().ToArray());   // night a: N2

            // Night c (windows 12–17) has 3 channels: slots 3–6 are padding (mask false, zeros, NaN positions).
            var c = batches[3];   // windows 12–15
            Assert.All(c.RecordingIds, r => Assert.Equal("c", r));
            Assert.Equal(["EEG C3-M2", "Airflow", "Chin EMG"], c.ChannelNames[0]);
            Assert.Equal([Modality.BAS, Modality.RESP, Modality.EMG], c.ChannelModalities[0]);
            Assert.All(c.EventChannels, e => Assert.Equal(-1, e));
            var mask = c.ChannelMask!.data<bool>().ToArray();
            Assert.Equal([true, true, true, false, false, false, false], mask[..7]);
            Assert.Equal(0f, c.Signals![0, 3..].abs().max().ToSingle());
            Assert.True(c.Positions![0, 3, 0].isnan().item<bool>());
            Assert.Equal([-1L, -1, -1, -1], c.Labels.data<long>().ToArray());   // unscored night

            // Night b's chin EMG is flat: masked in every window, while its other channels are real.
            var b = batches[1];   // windows 4–7: a, a, b, b
            var bMask = b.ChannelMask!.data<bool>().ToArray();
            Assert.Equal([true, true, true, true, true, true, false], bMask[14..21]);

            // Values equal the shard's, converted to float32.
            using var shard = ShardReader.Open(dataset.ShardPath(dataset.Windows[13].Shard));
            var expected = shard.ReadWindow(dataset.Windows[13].Row);
            var actual = c.Signals[1, ..3].flatten().data<float>().ToArray();
            Assert.Equal(expected, actual);
            Assert.Equal(13L, c.WindowIds[1]);
        }
        finally
        {
            foreach (var batch in batches) batch.Dispose();
        }
    }

    [Fact]
    public void ShufflingIsSeededPerEpochAndVisitsEveryWindowOnce()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);
        foreach (var mode in new[] { ShuffleMode.Global, ShuffleMode.ShardBuffered })
        {
            var options = new BatchLoaderOptions { BatchSize = 5, Shuffle = mode, Seed = 3, ShuffleBufferWindows = 4 };
            var epoch0 = Ids(new WindowBatchLoader(dataset, options), 0);
            Assert.Equal(Enumerable.Range(0, 18).Select(i => (long)i), epoch0.Order());
            Assert.Equal(epoch0, Ids(new WindowBatchLoader(dataset, options), 0));
            Assert.NotEqual(epoch0, Ids(new WindowBatchLoader(dataset, options), 1));
            Assert.NotEqual(epoch0, Ids(new WindowBatchLoader(dataset, options with { Seed = 4 }), 0));
            Assert.NotEqual(Enumerable.Range(0, 18).Select(i => (long)i), epoch0);
        }
        var dropLast = new WindowBatchLoader(dataset, new BatchLoaderOptions { BatchSize = 5, DropLast = true });
        Assert.Equal(15, Ids(dropLast, 0).Count);
    }

    [Fact]
    public void SplitSelectsOnlyThatSplitsSubjects()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);
        foreach (var split in Enum.GetValues<DataSplit>())
        {
            var loader = new WindowBatchLoader(dataset, new BatchLoaderOptions { Split = split, BatchSize = 8 });
            foreach (var batch in loader.Batches())
                using (batch)
                    Assert.All(batch.SubjectIds, s => Assert.Equal(split, dataset.Splits[s]));
        }
        Assert.Equal(18, Enum.GetValues<DataSplit>().Sum(s => new WindowBatchLoader(dataset, new BatchLoaderOptions { Split = s }).WindowCount));
    }

    [Fact]
    public void GroupedBatchesGiveEachModalityItsOwnMaskAndMarkMissingOnes()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);
        var loader = new WindowBatchLoader(dataset, new BatchLoaderOptions { BatchSize = 18, Shuffle = ShuffleMode.None, GroupByModality = true });
        Assert.Equal([Modality.BAS, Modality.ECG, Modality.RESP, Modality.EMG], loader.Modalities);
        using var batch = Assert.Single(loader.Batches());
        Assert.Null(batch.Signals);
        Assert.Equal([4L, 18], batch.Presence!.shape);
        Assert.Equal([3L, 1, 2, 1], batch.Modalities.Select(m => m.Signals.shape[1]));
        var presence = batch.Presence.data<bool>().ToArray();
        bool Present(int m, int b) => presence[m * 18 + b];
        // Night c (clips 12–17) has no ECG; night b (clips 6–11) has a flat chin EMG, so EMG counts as missing there.
        for (int b = 0; b < 18; b++)
        {
            Assert.True(Present(0, b));
            Assert.Equal(b < 12, Present(1, b));
            Assert.True(Present(2, b));
            Assert.Equal(b is < 6 or >= 12, Present(3, b));
        }
        var ecg = batch.Modalities[1];
        Assert.False(ecg.ChannelMask[12].any().item<bool>());
        Assert.Equal(0f, ecg.Signals[12..].abs().max().ToSingle());
        Assert.True(ecg.ChannelMask[0].all().item<bool>());
        Assert.True(ecg.Signals[0].abs().max().ToSingle() > 0.5f);
        var resp = batch.Modalities[2];   // night c has Airflow only: second RESP slot is padding
        Assert.Equal([true, false], resp.ChannelMask[12].data<bool>().ToArray());
        Assert.Equal([true, true], resp.ChannelMask[0].data<bool>().ToArray());
    }

    [Fact]
    public void PrefetchedAndInlineBatchesAreIdenticalAndTensorsAreReleased()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path, precision: ShardPrecision.Float32);
        var options = new BatchLoaderOptions { BatchSize = 4, Seed = 9 };
        var inline = new WindowBatchLoader(dataset, options with { PrefetchBatches = 0 }).Batches(2).ToList();
        var prefetched = new WindowBatchLoader(dataset, options with { PrefetchBatches = 3 }).Batches(2).ToList();
        try
        {
            Assert.Equal(inline.Count, prefetched.Count);
            for (int i = 0; i < inline.Count; i++)
            {
                Assert.Equal(inline[i].WindowIds, prefetched[i].WindowIds);
                Assert.True(inline[i].Signals!.equal(prefetched[i].Signals!).all().item<bool>());
                Assert.True(inline[i].ChannelMask!.equal(prefetched[i].ChannelMask!).all().item<bool>());
            }
        }
        finally
        {
            foreach (var b in inline.Concat(prefetched)) b.Dispose();
        }

        // Either dispose each batch, or let a dispose scope that is open while the loader is enumerated take them
        // (prefetched batches are built on reader threads and attached to the caller's scope when handed over).
        foreach (int prefetch in new[] { 0, 2 })
        {
            var loader = new WindowBatchLoader(dataset, options with { PrefetchBatches = prefetch });
            var seen = new List<Tensor>();
            foreach (var batch in loader.Batches(0))
                using (batch) seen.AddRange(batch.Tensors());
            Assert.All(seen, t => Assert.True(t.IsInvalid));
            seen.Clear();
            using (torch.NewDisposeScope())
                foreach (var batch in loader.Batches(1)) seen.AddRange(batch.Tensors());
            Assert.Equal(5 * 4, seen.Count);
            Assert.All(seen, t => Assert.True(t.IsInvalid));
            // Leaving the loop early stops the readers and disposes the batches they had built ahead.
            using (var first = loader.Batches(5).First()) Assert.Equal(4, first.Count);
        }
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        foreach (var batch in new WindowBatchLoader(dataset, options with { PrefetchBatches = 0 }).Batches(3))
            using (batch) { }
        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    static List<long> Ids(WindowBatchLoader loader, int epoch)
    {
        var ids = new List<long>();
        foreach (var batch in loader.Batches(epoch))
            using (batch) ids.AddRange(batch.WindowIds);
        return ids;
    }
}
