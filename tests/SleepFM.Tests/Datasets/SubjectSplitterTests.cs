using System.Text.Json;
using SleepFM.Datasets;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Datasets;

public class SubjectSplitterTests
{
    static List<string> Subjects(int n) => Enumerable.Range(0, n).Select(i => $"S{i * 7 % 101:000}").ToList();

    [PythonFact("sklearn", "numpy")]
    public void MatchesSklearnGroupShuffleSplitExactly()
    {
        using var dir = new TempDirectory();
        foreach (int n in new[] { 7, 30, 123 })
        {
            // Two recordings for some subjects: the split is over distinct subjects.
            var groups = Subjects(n).Concat(Subjects(n / 3)).ToList();
            var spec = dir.File($"groups{n}.json");
            File.WriteAllText(spec, JsonSerializer.Serialize(new { groups, seed = 42, test_size = 0.1 }));
            var (code, stdout, stderr) = PythonReference.RunScript("shard_splits_sklearn.py", spec);
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;

            Assert.Equal(root.GetProperty("permutation20").EnumerateArray().Select(e => e.GetInt32()), new NumpyRandomState(42).Permutation(20));
            var sorted = groups.Distinct().Order(StringComparer.Ordinal).ToList();
            var (held, kept) = SubjectSplitter.GroupShuffle(sorted, 0.1, 42);
            Assert.Equal(root.GetProperty("held_out_in_perm_order").EnumerateArray().Select(e => e.GetString()), held);
            Assert.Equal(root.GetProperty("held_out").EnumerateArray().Select(e => e.GetString()), held.Order(StringComparer.Ordinal));
            Assert.Equal(root.GetProperty("kept").EnumerateArray().Select(e => e.GetString()), kept.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Mt19937MatchesTheReferenceSequence()
    {
        // genrand_int32 after init_genrand(5489): the first outputs of the reference MT19937 (mt19937ar.c).
        var rng = new NumpyRandomState(5489);
        Assert.Equal([3499211612u, 581869302u, 3890346734u, 3586334585u, 545404204u], Enumerable.Range(0, 5).Select(_ => rng.NextUInt32()));
    }

    [Fact]
    public void HeldOutCountIsTheCeilingOfTheFraction()
    {
        Assert.Equal(3, SubjectSplitter.GroupShuffle(Subjects(30), 0.1, 42).HeldOut.Count);
        Assert.Single(SubjectSplitter.GroupShuffle(Subjects(7), 0.1, 42).HeldOut);
        Assert.Equal(2, SubjectSplitter.GroupShuffle(Subjects(11), 0.1, 42).HeldOut.Count);
        Assert.Empty(SubjectSplitter.GroupShuffle(Subjects(1), 0.1, 42).HeldOut);
    }

    [Fact]
    public void SplitsWholeSubjectsSeededAndRepeatable()
    {
        var recordings = Subjects(50).SelectMany(s => new[] { s, s }).ToList();   // two nights each
        var a = SubjectSplitter.Split(recordings);
        var b = SubjectSplitter.Split(recordings.AsEnumerable().Reverse());
        Assert.Equal(a.OrderBy(p => p.Key), b.OrderBy(p => p.Key));
        Assert.Equal(50, a.Count);
        Assert.Equal(5, a.Count(p => p.Value == DataSplit.Test));          // ceil(0.1 × 50)
        Assert.Equal(5, a.Count(p => p.Value == DataSplit.Validation));    // ceil(0.1 × 45)
        var other = SubjectSplitter.Split(recordings, settings: new SplitSettings(Seed: 7));
        Assert.NotEqual(a.Where(p => p.Value == DataSplit.Test).Select(p => p.Key).Order(), other.Where(p => p.Value == DataSplit.Test).Select(p => p.Key).Order());
    }

    [Fact]
    public void OfficialEvaluationSubjectsAreTheTestSet()
    {
        var subjects = Subjects(20);
        var official = subjects.Take(3).ToList();
        var split = SubjectSplitter.Split(subjects, official);
        Assert.Equal(official.Order(), split.Where(p => p.Value == DataSplit.Test).Select(p => p.Key).Order());
        Assert.Equal(2, split.Count(p => p.Value == DataSplit.Validation));   // ceil(0.1 × 17)
        Assert.Equal(15, split.Count(p => p.Value == DataSplit.Train));
    }

    [Fact]
    public void SplitsFileRoundTrips()
    {
        using var dir = new TempDirectory();
        var split = SubjectSplitter.Split(Subjects(12).Append("with,comma"));
        SubjectSplits.Write(dir.File("splits.csv"), split);
        Assert.Equal(split.OrderBy(p => p.Key), SubjectSplits.Read(dir.File("splits.csv")).OrderBy(p => p.Key));
        File.WriteAllText(dir.File("bad.csv"), "subject_id,split\nS1,holdout\n");
        var e = Assert.Throws<DatasetLayoutException>(() => SubjectSplits.Read(dir.File("bad.csv")));
        Assert.Equal(2, e.Line);
    }
}
