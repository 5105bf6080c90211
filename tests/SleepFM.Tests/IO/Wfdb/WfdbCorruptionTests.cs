using System.Diagnostics;
using SleepFM.IO.Wfdb;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Wfdb;

/// <summary>
/// Seeded damage to copies of the real fixtures: every case must either read or throw
/// <see cref="WfdbFormatException"/>, quickly, never another exception type.
/// </summary>
public sealed class WfdbCorruptionTests
{
    static readonly string[] Records = ["100", "s0010_re", "a103l"];
    static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(3);

    static TempDirectory CopyFixtures()
    {
        var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(FixturePaths.Get("wfdb")))
        {
            var target = dir.File(Path.GetFileName(file));
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal);
        }
        return dir;
    }

    static void ReadsOrThrowsTyped(Action read, string what)
    {
        var clock = Stopwatch.StartNew();
        try { read(); }
        catch (WfdbFormatException) { }
        catch (Exception e) { Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}"); }
        Assert.True(clock.Elapsed < PerCaseLimit, $"{what} took {clock.Elapsed}");
    }

    /// <summary>Truncated signal files: throw naming the file.</summary>
    [FixtureFact]
    public void TruncatedSignalFiles_ThrowNamingTheFile()
    {
        using var dir = CopyFixtures();
        var random = new Random(20240501);
        foreach (var (record, dataFile) in new[] { ("100", "100.dat"), ("s0010_re", "s0010_re.xyz"), ("a103l", "a103l.mat") })
        {
            var original = File.ReadAllBytes(dir.File(dataFile));
            foreach (var length in new[] { 0, 1, 23, 25, original.Length - 1 }.Concat(Enumerable.Range(0, 4).Select(_ => random.Next(original.Length))))
            {
                File.WriteAllBytes(dir.File(dataFile), original.AsSpan(0, length).ToArray());
                var e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(dir.File(record + ".hea")));
                Assert.Equal(dir.File(dataFile), e.FilePath);
                Assert.True(e.Problem.Contains("truncated") || e.Field == "byte offset", e.Message);
            }
            File.WriteAllBytes(dir.File(dataFile), original);
        }
    }

    /// <summary>Missing signal file: throws naming it.</summary>
    [FixtureFact]
    public void MissingSignalFile_ThrowsNamingIt()
    {
        using var dir = CopyFixtures();
        File.Delete(dir.File("s0010_re.xyz"));
        var e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Open(dir.File("s0010_re.hea")));
        Assert.Equal(dir.File("s0010_re.xyz"), e.FilePath);
        Assert.Contains("does not exist", e.Message);
    }

    /// <summary>Flipped data bytes: are caught by the checksums.</summary>
    [FixtureFact]
    public void FlippedDataBytes_AreCaughtByTheChecksums()
    {
        using var dir = CopyFixtures();
        var random = new Random(7);
        foreach (var (record, dataFile, start) in new[] { ("100", "100.dat", 0), ("s0010_re", "s0010_re.dat", 0), ("a103l", "a103l.mat", 24) })
        {
            var original = File.ReadAllBytes(dir.File(dataFile));
            for (int trial = 0; trial < 3; trial++)
            {
                var damaged = (byte[])original.Clone();
                int at = random.Next(start, damaged.Length);
                damaged[at] ^= (byte)random.Next(1, 256);
                File.WriteAllBytes(dir.File(dataFile), damaged);
                var e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(dir.File(record + ".hea")));
                Assert.True(e.Field.Contains("checksum") || e.Field.Contains("initial value"), e.Message);

                var lenient = WfdbRecord.Read(dir.File(record + ".hea"), new WfdbReadOptions(WfdbChecksumPolicy.Warn));
                Assert.Contains(lenient.Checks, c => !c.ChecksumMatches || !c.InitialValueMatches);
                Assert.Contains(lenient.Warnings, w => w.Field.Contains("checksum") || w.Field.Contains("initial value"));
            }
            File.WriteAllBytes(dir.File(dataFile), original);
        }
    }

    /// <summary>Flipped header tokens: read or throw typed.</summary>
    [FixtureFact]
    public void FlippedHeaderTokens_ReadOrThrowTyped()
    {
        using var dir = CopyFixtures();
        var random = new Random(42);
        string[] replacements =
        [
            "", "-1", "0", "abc", "99999999999999999999", "9223372036854775807", "1e308", "NaN", "16x0", "16x99999999",
            "212", "80", "24", "32", "16+999999999", "16:999999999", "/", "x/3", "200(", "(0)/mV", "-0", "1/0",
            "100.dat", "nonexistent.dat", "..", "\u00ff\u00fe",
        ];
        int cases = 0;
        foreach (var record in Records)
        {
            var original = File.ReadAllLines(dir.File(record + ".hea"));
            var contentLines = Enumerable.Range(0, original.Length)
                .Where(i => original[i].Trim().Length > 0 && !original[i].TrimStart().StartsWith('#')).ToArray();
            for (int trial = 0; trial < 40; trial++)
            {
                var lines = (string[])original.Clone();
                int line = contentLines[random.Next(Math.Min(contentLines.Length, 4))];
                var tokens = lines[line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                tokens[random.Next(tokens.Length)] = replacements[random.Next(replacements.Length)];
                lines[line] = string.Join(' ', tokens);
                File.WriteAllLines(dir.File(record + ".hea"), lines);
                ReadsOrThrowsTyped(() => WfdbRecord.Read(dir.File(record + ".hea")), $"{record} line {line} → '{lines[line]}'");
                ReadsOrThrowsTyped(() => WfdbRecord.Read(dir.File(record + ".hea"), new WfdbReadOptions(WfdbChecksumPolicy.Skip)),
                    $"{record} (no checks) line {line} → '{lines[line]}'");
                cases++;
            }
            File.WriteAllLines(dir.File(record + ".hea"), original);
        }
        Assert.Equal(120, cases);
    }

    /// <summary>Absurd sample count: fails fast without allocating.</summary>
    [FixtureFact]
    public void AbsurdSampleCount_FailsFastWithoutAllocating()
    {
        using var dir = CopyFixtures();
        var lines = File.ReadAllLines(dir.File("100.hea"));
        lines[1] = "100 2 360 4611686018427387903";
        File.WriteAllLines(dir.File("100.hea"), lines);
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Open(dir.File("100.hea")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Contains("number of samples", e.Field);
    }

    /// <summary>Damaged annotation files: read or throw typed.</summary>
    [FixtureFact]
    public void DamagedAnnotationFiles_ReadOrThrowTyped()
    {
        using var dir = CopyFixtures();
        var original = File.ReadAllBytes(dir.File("100.atr"));
        var random = new Random(99);
        for (int trial = 0; trial < 60; trial++)
        {
            var damaged = (byte[])original.Clone();
            for (int k = 0; k < 1 + trial % 5; k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            int length = trial % 3 == 0 ? random.Next(damaged.Length) : damaged.Length;
            var bytes = damaged.AsSpan(0, length).ToArray();
            ReadsOrThrowsTyped(() =>
            {
                var a = WfdbAnnotationReader.Parse(bytes, "100.atr", 360);
                Assert.All(a, x => Assert.True(x.Sample >= 0));
            }, $"atr trial {trial}");
        }
    }

    /// <summary>Damaged mat prefix: is a warning because the header defines the layout.</summary>
    [FixtureFact]
    public void DamagedMatPrefix_IsAWarningBecauseTheHeaderDefinesTheLayout()
    {
        using var dir = CopyFixtures();
        var bytes = File.ReadAllBytes(dir.File("a103l.mat"));
        bytes[4] = 7; // rows: 3 → 7
        File.WriteAllBytes(dir.File("a103l.mat"), bytes);
        var data = WfdbRecord.Read(dir.File("a103l.hea"));
        Assert.Contains(data.Warnings, w => w.Message.Contains("MAT v4 prefix"));
        Assert.All(data.Checks, c => Assert.True(c.ChecksumMatches));
    }
}
