using SleepFM.IO;
using SleepFM.Datasets;
using SleepFM.IO.Edf;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using SleepFM.Signals;
using SleepFM.Tests.Datasets;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Pipeline;

/// <summary>prepare: output layout, values, resumability, failures and partitions (crashes are simulated, nothing is killed).</summary>
public sealed class PrepareRunnerTests
{
    static PrepareOptions Options(string source, string output, PartitionSpec? partition = null) => new()
    {
        Recipe = new PsgRecipe(),
        SourceDirectory = source,
        OutputDirectory = output,
        Workers = 2,
        Partition = partition ?? PartitionSpec.All,
    };

    static string[] ShardFiles(string output) =>
        Directory.GetFiles(Path.Combine(output, "shards"), "*.h5").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void WritesShardsIndexSplitsAndMetadata()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 4, seconds: 150);
        var progress = new List<PrepareProgress>();
        var report = PrepareRunner.Run(Options(source, output), new SynchronousProgress<PrepareProgress>(progress.Add));

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(4, report.Converted);
        Assert.Equal(8, report.WindowsWritten);
        Assert.True(report.DatasetComplete);
        Assert.Equal(4, progress.Count);
        Assert.Equal(4, progress.Max(p => p.Completed));
        Assert.Equal(150.0 * 4 / 3600, report.HoursConverted, 9);
        Assert.Equal(4, ShardFiles(output).Length);
        Assert.Equal("recording_id,file,error_type,message\n", File.ReadAllText(report.FailuresFile));

        var prepared = PreparedDataset.Open(output);
        Assert.Equal("psg", prepared.Info.Recipe);
        Assert.Equal(128, prepared.Info.SampleRateHz);
        Assert.Equal(7680, prepared.Info.WindowSamples);
        Assert.Equal("float16", prepared.Info.Dtype);
        Assert.Equal(7, prepared.Info.MaxChannels);
        Assert.Equal(3, prepared.Info.MaxChannelsPerModality["BAS"]);
        Assert.Equal(2, prepared.Info.MaxChannelsPerModality["RESP"]);
        Assert.Equal(PreprocessingChain.Pretraining, PreprocessingChain.FromJson(prepared.Info.Chain.GetRawText()));
        Assert.Equal(8, prepared.Windows.Count);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), prepared.Windows.Select(w => w.WindowId));
        Assert.Equal(["sub-000", "sub-001", "sub-002", "sub-003"], prepared.Splits.Keys.Order(StringComparer.Ordinal));
        // Every window carries its subject's split (4 subjects: 1 test, 1 validation, 2 train).
        Assert.All(prepared.Windows, w => Assert.Equal(prepared.Splits[w.SubjectId], w.Split));
        Assert.Equal(1, prepared.Splits.Values.Count(s => s == DataSplit.Test));
        // Subject 0, stages W W N1 N1 N2 → windows W, N1.
        Assert.Equal([[0], [1]], prepared.Windows.Where(w => w.SubjectId == "sub-000").Select(w => w.Labels));
    }

    [Fact]
    public void ShardHoldsTheChainOutputToFloat16Precision()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 1, seconds: 130);
        PrepareRunner.Run(Options(source, output));
        var prepared = PreparedDataset.Open(output);
        var w = prepared.Windows[1];
        using var shard = ShardReader.Open(prepared.ShardPath(w.Shard));
        Assert.Equal("psg/cohortA/sub-000", shard.RecordingId);
        Assert.Equal(ShardPrecision.Float16, shard.Precision);
        Assert.Equal((2, 7, 7680), (shard.WindowCount, shard.ChannelCount, shard.WindowSamples));

        using var edf = EdfFile.Open(Path.Combine(source, "psg", "cohortA", "sub-000.edf"));
        int c4 = edf.IndexOf("EEG C4-M1");
        var expected = PreprocessingChain.Pretraining.Apply(edf.ReadMicrovolts(c4), 256).Samples;
        var stored = shard.ReadWindow(w.Row);
        for (int k = 0; k < 7680; k++)
        {
            double x = expected[7680 + k];   // window 1 starts at 60 s = sample 7680 at 128 Hz
            Assert.True(Math.Abs(stored[1 * 7680 + k] - x) <= Math.Max(Math.Abs(x) * Math.Pow(2, -11), Math.Pow(2, -25)), $"sample {k}: {stored[7680 + k]} vs {x}");
        }
        Assert.All(shard.ChannelMask, m => Assert.Equal(1, m));
        var c3 = SleepFM.Channels.ChannelCatalog.Describe(["EEG C3-M2"])[0].Position!.Value;
        Assert.Equal([(float)c3.X, (float)c3.Y, (float)c3.Z], shard.Positions[..3]);
        Assert.True(float.IsNaN(shard.Positions[3 * 3]));   // ECG has no head position
    }

    [Fact]
    public void RerunSkipsFinishedRecordingsAndRedoesADeletedShard()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 3, seconds: 70);
        PrepareRunner.Run(Options(source, output));
        var shards = ShardFiles(output);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(output, "shards", shards[0]));
        File.Delete(Path.Combine(output, "shards", shards[1]));

        var progress = new List<PrepareProgress>();
        var again = PrepareRunner.Run(Options(source, output), new SynchronousProgress<PrepareProgress>(progress.Add));
        Assert.Equal(1, again.Converted);
        Assert.Equal(2, again.Skipped);
        var last = Assert.Single(progress);
        Assert.Equal((3, 3), (last.Done, last.Total));   // the skipped recordings count as done
        Assert.Equal(shards, ShardFiles(output));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(output, "shards", shards[0])));
        Assert.Equal(3, PreparedDataset.Open(output).Windows.Count);
    }

    [Fact]
    public void ACrashLeavesNothingThatLooksDone()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 3, seconds: 70);
        PrepareRunner.Run(Options(source, output));
        string shardDir = Path.Combine(output, "shards");
        var manifests = Directory.GetFiles(shardDir, "*.json").Order(StringComparer.Ordinal).ToArray();
        // Simulate kills: (1) mid-shard: a half-written temporary file; (2) after the shard's rename but before
        // the manifest's: the shard exists, its manifest does not; (3) a torn manifest.
        string halfWritten = Path.Combine(shardDir, "x.h5" + StagedFile.TempMarker + "p0of1-dead");
        File.WriteAllBytes(halfWritten, new byte[100]);
        string otherPartitionTemp = Path.Combine(shardDir, "y.h5" + StagedFile.TempMarker + "p1of2-live");
        File.WriteAllBytes(otherPartitionTemp, new byte[10]);
        File.Delete(manifests[0]);
        File.WriteAllText(manifests[1], "{\"formatVersion\": 1, \"recordingId\": ");

        var again = PrepareRunner.Run(Options(source, output));
        Assert.Equal(2, again.Converted);
        Assert.Equal(1, again.Skipped);
        Assert.False(File.Exists(halfWritten));
        Assert.True(File.Exists(otherPartitionTemp));   // another partition's temp may belong to a running job
        Assert.Equal(3, PreparedDataset.Open(output).Windows.Count);
    }

    [Fact]
    public void ACorruptFileIsListedWithItsReasonAndTheOthersGoOn()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 3, seconds: 70);
        string bad = Path.Combine(source, "psg", "cohortB", "sub-001.edf");
        var bytes = File.ReadAllBytes(bad);
        "12x4".Select(c => (byte)c).ToArray().CopyTo(bytes, 252);   // number of signals → not a number
        File.WriteAllBytes(bad, bytes);

        var progress = new List<PrepareProgress>();
        var report = PrepareRunner.Run(Options(source, output), new SynchronousProgress<PrepareProgress>(progress.Add));
        Assert.Equal(PrepareReport.PartialExitCode, report.ExitCode);
        Assert.Equal(2, report.Converted);
        Assert.Equal((3, 3), (progress.Max(p => p.Done), progress[^1].Total));   // the failed recording counts once
        var failure = Assert.Single(report.Failures);
        Assert.Equal("psg/cohortB/sub-001", failure.RecordingId);
        Assert.Equal(nameof(EdfFormatException), failure.ErrorType);
        var lines = File.ReadAllLines(report.FailuresFile);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("psg/cohortB/sub-001,", lines[1]);
        Assert.Contains("EdfFormatException", lines[1]);
        Assert.False(report.DatasetComplete);
        Assert.Equal(2, PreparedDataset.Open(output).Windows.Count);
        Assert.False(PreparedDataset.Open(output).Info.Complete);

        // All bad → exit code 1.
        string source2 = dir.File("src2");
        Directory.CreateDirectory(source2);
        File.WriteAllBytes(Path.Combine(source2, "junk.edf"), new byte[300]);
        Assert.Equal(PrepareReport.FailureExitCode, PrepareRunner.Run(Options(source2, dir.File("out2"))).ExitCode);
    }

    [Fact]
    public void PartitionsSplitTheFileListExactlyAndIndexOnlyJoinsThem()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), parted = dir.File("parted"), whole = dir.File("whole");
        PsgTestData.WriteSyntheticWorld(source, subjects: 7, seconds: 61);
        var seen = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            var report = PrepareRunner.Run(Options(source, parted, new PartitionSpec(i, 3)));
            Assert.Equal(i < 1 ? 3 : 2, report.RecordingsInPartition);   // 7 = 3 + 2 + 2, round-robin
            Assert.Equal(i == 2, report.DatasetComplete);
            Assert.True(File.Exists(Path.Combine(parted, $"failures-p{i}of3.csv")));
            seen.AddRange(ShardFiles(parted).Except(seen));
        }
        Assert.Equal(7, seen.Count);
        PrepareRunner.Run(Options(source, parted) with { IndexOnly = true });
        PrepareRunner.Run(Options(source, whole));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "index.csv")), File.ReadAllText(Path.Combine(parted, "index.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "splits.csv")), File.ReadAllText(Path.Combine(parted, "splits.csv")));

        var ids = Enumerable.Range(0, 10).ToList();
        var parts = Enumerable.Range(0, 4).Select(i => new PartitionSpec(i, 4).Select(ids)).ToList();
        Assert.Equal(ids, parts.SelectMany(p => p).Order());
        Assert.Equal([0, 4, 8], parts[0]);
        Assert.Equal(new PartitionSpec(2, 5), PartitionSpec.Parse("2/5"));
        Assert.Throws<FormatException>(() => PartitionSpec.Parse("5/5"));
        Assert.Throws<FormatException>(() => PartitionSpec.Parse("1-3"));
    }

    [Fact]
    public void Float32ShardsAreExact()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 1, seconds: 60);
        PrepareRunner.Run(Options(source, output) with { Precision = ShardPrecision.Float32 });
        PrepareRunner.Run(Options(source, output) with { IndexOnly = true });   // default precision, but the shards decide
        var prepared = PreparedDataset.Open(output);
        Assert.Equal(ShardPrecision.Float32, prepared.Info.Precision);
        using var shard = ShardReader.Open(prepared.ShardPath(prepared.Windows[0].Shard));
        using var edf = EdfFile.Open(Path.Combine(source, "psg", "cohortA", "sub-000.edf"));
        var expected = PreprocessingChain.Pretraining.Apply(edf.ReadMicrovolts(edf.IndexOf("ECG II")), 256).Samples;
        var stored = shard.ReadWindow(0);
        for (int k = 0; k < 7680; k++) Assert.Equal((float)expected[k], stored[3 * 7680 + k]);
    }
}
