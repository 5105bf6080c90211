using System.Security.Cryptography;
using SleepFM.Synthetic;
using SleepFM.Synthetic.Downstream;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Synthetic.Downstream;

/// <summary>Determinism, resumption and the settings stamp of <see cref="DownstreamWorld.Generate"/>.</summary>
[Collection(TinyDownstreamCollection.Name)]
public sealed class DownstreamWorldTests(TinyDownstreamWorld world)
{
    static Dictionary<string, string> Hashes(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_differs()
    {
        using var again = new TempDirectory();
        DownstreamWorld.Generate(again.Path, DownstreamPreset.Tiny, TinyDownstreamWorld.Seed);
        var expected = Hashes(world.Root);
        var actual = Hashes(again.Path);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, kv => Assert.True(actual[kv.Key] == kv.Value, $"{kv.Key} differs between two runs with the same seed"));
        Assert.NotEqual(world.Manifest.ClassCounts, DownstreamWorld.PlannedClassCounts(DownstreamPreset.Tiny, TinyDownstreamWorld.Seed + 1));
    }

    [Fact]
    public void Rerun_skips_every_file_and_a_different_seed_is_refused()
    {
        var before = Hashes(world.Root);
        var progress = new List<SynthesisProgress>();
        var rerun = DownstreamWorld.Generate(world.Root, DownstreamPreset.Tiny, TinyDownstreamWorld.Seed, new SyncProgress(progress));
        Assert.Equal(0, rerun.FilesWritten);
        Assert.Equal(world.Manifest.FilesWritten, rerun.FilesSkipped);
        Assert.All(progress, p => Assert.True(p.Skipped));
        Assert.Equal(before, Hashes(world.Root));
        var error = Assert.Throws<InvalidOperationException>(() => DownstreamWorld.Generate(world.Root, DownstreamPreset.Tiny, TinyDownstreamWorld.Seed + 1));
        Assert.Contains("downstream.json", error.Message);
    }

    [Fact]
    public void Presets_validate_and_scale()
    {
        foreach (var p in DownstreamPreset.All) p.Validate();
        Assert.Same(DownstreamPreset.Quick, DownstreamPreset.FromName("QUICK"));
        Assert.Throws<ArgumentException>(() => DownstreamPreset.FromName("huge"));
        Assert.Throws<ArgumentOutOfRangeException>(() => (DownstreamPreset.Tiny with { TuslSeconds = 95 }).Validate());
        var quick = DownstreamWorld.PlannedClassCounts(DownstreamPreset.Quick, 1);
        int Sum(string task) => quick.Where(c => c.TaskId == task).Sum(c => c.Count);
        // Quick: 24–50 subjects per EEG set, a few hundred windows, TUSL in the corpus' proportions, seizures rare.
        Assert.InRange(Sum("tusl"), 200, 500);
        double seizureShare = quick.Single(c => c.TaskId == "chbmit" && c.ClassName == "seizure").Count / (double)Sum("chbmit");
        Assert.InRange(seizureShare, 0.01, 0.06);
        double bckg = quick.Single(c => c.TaskId == "tusl" && c.ClassName == "normal").Count / (double)Sum("tusl");
        Assert.InRange(bckg, 0.75, 0.9);
        double abnormal = quick.Single(c => c.TaskId == "braincapture" && c.ClassName == "abnormal").Count / (double)Sum("braincapture");
        Assert.InRange(abnormal, 0.28, 0.48);
    }

    sealed class SyncProgress(List<SynthesisProgress> sink) : IProgress<SynthesisProgress>
    {
        public void Report(SynthesisProgress value) { lock (sink) sink.Add(value); }
    }
}
