using SleepFM.Channels;
using SleepFM.Pipeline;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Pipeline;

/// <summary>Montage signatures group recordings made the same way, and same-montage batches follow them.</summary>
public sealed class MontageSignatureTests
{
    [Fact]
    public void NightsWithTheSameChannelsShareASignatureAndOthersDoNot()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);   // a and b: the full montage; c: three channels
        var byShard = MontageSignature.ByShard(dataset);
        string Of(string recording) => byShard[dataset.Windows.First(w => w.RecordingId == recording).Shard];
        Assert.Equal(Of("a"), Of("b"));
        Assert.NotEqual(Of("a"), Of("c"));
        Assert.Equal("BAS:EEG C3-M2@256;EMG:Chin EMG@256;RESP:Airflow@32", Of("c"));
    }

    [Fact]
    public void TheSampleRateIsPartOfTheMontage()
    {
        ManifestChannel Channel(double rate) => new("ECG", Modality.ECG, rate, null, []);
        Assert.NotEqual(MontageSignature.Of([Channel(256)]), MontageSignature.Of([Channel(200)]));
        Assert.Equal(MontageSignature.Of([Channel(256), new("EEG C3-M2", Modality.BAS, 128, null, [])]),
                     MontageSignature.Of([new("EEG C3-M2", Modality.BAS, 128, null, []), Channel(256)]));
    }

    [Fact]
    public void AMissingManifestIsNamed()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);
        var manifest = Path.ChangeExtension(dataset.ShardPath(dataset.Windows[0].Shard), ".json");
        File.Delete(manifest);
        var error = Assert.Throws<InvalidDataException>(() => MontageSignature.ByShard(dataset));
        Assert.Contains(manifest, error.Message);
    }

    [Fact]
    public void SameMontageBatchesNeverMixNightsOfDifferentMontages()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);   // 6 windows each; batches of 3
        var montages = MontageSignature.ByShard(dataset);
        var loader = new WindowBatchLoader(dataset, new BatchLoaderOptions
        {
            BatchSize = 3, PrefetchBatches = 0, GroupByModality = true, BatchKey = w => montages[w.Shard],
        });
        var batches = loader.Batches().ToList();
        try
        {
            Assert.Equal(6, batches.Count);
            Assert.All(batches, b => Assert.Single(b.RecordingIds.Select(r => r == "c").Distinct()));
            Assert.Equal(18, batches.Sum(b => b.Count));
        }
        finally
        {
            foreach (var b in batches) b.Dispose();
        }
    }
}
