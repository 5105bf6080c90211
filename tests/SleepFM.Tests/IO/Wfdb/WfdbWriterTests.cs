using System.Text.Json;
using SleepFM.IO.Wfdb;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Wfdb;

/// <summary>Tests of WfdbWriter.</summary>
public sealed class WfdbWriterTests
{
    static WfdbRecordToWrite TwelveLead(string name, int samples, int seed, IReadOnlyList<string>? comments = null)
    {
        var random = new Random(seed);
        string[] leads = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"];
        var signals = leads.Select((lead, i) =>
        {
            var x = new float[samples];
            for (int t = 0; t < samples; t++)
                x[t] = (float)(1.5 * Math.Sin(2 * Math.PI * (1.1 + 0.1 * i) * t / 500.0) + 0.05 * random.NextDouble() - 0.3);
            return new WfdbSignalToWrite(lead, x);
        }).ToArray();
        return new WfdbRecordToWrite(name, 500, signals, comments);
    }

    /// <summary>Round trip: values within half aquantum and checksums verify.</summary>
    [Theory]
    [InlineData(WfdbWriteLayout.Format16Dat, "00001_hr.dat", "16")]
    [InlineData(WfdbWriteLayout.ChallengeMat, "E00001.mat", "16+24")]
    public void RoundTrip_ValuesWithinHalfAQuantumAndChecksumsVerify(WfdbWriteLayout layout, string dataFile, string formatToken)
    {
        using var dir = new TempDirectory();
        var name = Path.GetFileNameWithoutExtension(dataFile);
        var comments = WfdbChallengeComments.Format(74, WfdbSex.Male, ["164889003", "59118001"]);
        var record = TwelveLead(name, 5000, seed: 7, comments);
        var written = WfdbWriter.Write(dir.Path, record, layout);

        Assert.True(File.Exists(dir.File(dataFile)));
        var headerText = File.ReadAllLines(dir.File(name + ".hea"));
        Assert.Equal($"{name} 12 500 5000", headerText[0]);
        Assert.StartsWith($"{dataFile} {formatToken} 1000(0)/mV 16 0 ", headerText[1]);
        Assert.Equal(["#Age: 74", "#Sex: Male", "#Dx: 164889003,59118001", "#Rx: Unknown", "#Hx: Unknown", "#Sx: Unknown"], headerText[^6..]);

        var back = WfdbRecord.Read(dir.File(name + ".hea")); // Error policy: throws on any checksum mismatch
        Assert.Equal(12, back.Checks.Count);
        Assert.All(back.Checks, c => Assert.NotNull(c.HeaderChecksum));
        Assert.Empty(back.Warnings);
        Assert.Equal(74.0, back.Header.Comments.AgeYears);
        Assert.Equal(["164889003", "59118001"], back.Header.Comments.DxCodes);
        Assert.Equal(written.Signals.Select(s => s.Checksum), back.Header.Signals.Select(s => s.Checksum));
        for (int s = 0; s < 12; s++)
            for (int t = 0; t < 5000; t++)
                Assert.True(Math.Abs(back.Signals[s][t] - record.Signals[s].Physical[t]) <= 0.5 / 1000 + 1e-6);
        long expectedBytes = 12L * 5000 * 2 + (layout == WfdbWriteLayout.ChallengeMat ? 24 : 0);
        Assert.Equal(expectedBytes, new FileInfo(dir.File(dataFile)).Length);
    }

    /// <summary>Na nis stored as invalid and out of range is clamped.</summary>
    [Fact]
    public void NaNIsStoredAsInvalidAndOutOfRangeIsClamped()
    {
        using var dir = new TempDirectory();
        var record = new WfdbRecordToWrite("r", 100, [new WfdbSignalToWrite("x", [float.NaN, 1000f, -1000f, 0.25f], AdcGain: 200, Baseline: 10)]);
        WfdbWriter.Write(dir.Path, record);
        var opened = WfdbRecord.Open(dir.File("r.hea"));
        Assert.Equal([-32768, 32767, -32767, 60], opened.ReadDigital(0, 0, 4));
        var physical = opened.ReadPhysical([0], 0, 4)[0];
        Assert.True(float.IsNaN(physical[0]));
        Assert.Equal(0.25f, physical[3], 6);
        Assert.Equal(-32768, opened.Header.Signals[0].InitialValue);
    }

    /// <summary>Base time and date: are written and parsed back.</summary>
    [Fact]
    public void BaseTimeAndDate_AreWrittenAndParsedBack()
    {
        using var dir = new TempDirectory();
        var record = new WfdbRecordToWrite("r", 100, [new WfdbSignalToWrite("x", [0f, 1f])],
            BaseTime: new TimeOnly(11, 37, 35), BaseDate: new DateOnly(2020, 6, 5));
        var header = WfdbWriter.Write(dir.Path, record);
        Assert.Equal(new TimeOnly(11, 37, 35), header.BaseTime);
        Assert.Equal(new DateOnly(2020, 6, 5), header.BaseDate);
        Assert.Equal("r 1 100 2 11:37:35 05/06/2020", File.ReadAllLines(dir.File("r.hea"))[0]);
    }

    /// <summary>Invalid record name: is rejected.</summary>
    [Theory]
    [InlineData("bad name")]
    [InlineData("")]
    public void InvalidRecordName_IsRejected(string name)
    {
        using var dir = new TempDirectory();
        Assert.Throws<ArgumentException>(() => WfdbWriter.Write(dir.Path, new WfdbRecordToWrite(name, 100, [])));
    }

    /// <summary>Unequal signal lengths: are rejected.</summary>
    [Fact]
    public void UnequalSignalLengths_AreRejected()
    {
        using var dir = new TempDirectory();
        var record = new WfdbRecordToWrite("r", 100, [new WfdbSignalToWrite("a", [1f]), new WfdbSignalToWrite("b", [1f, 2f])]);
        Assert.Throws<ArgumentException>(() => WfdbWriter.Write(dir.Path, record));
    }

    /// <summary>Python reads the written files identically.</summary>
    [PythonFact("numpy", "scipy.io")]
    public void PythonReadsTheWrittenFilesIdentically()
    {
        using var dir = new TempDirectory();
        foreach (var (layout, name) in new[] { (WfdbWriteLayout.Format16Dat, "ptb"), (WfdbWriteLayout.ChallengeMat, "g12") })
        {
            var record = TwelveLead(name, 1234, seed: 3);
            WfdbWriter.Write(dir.Path, record, layout);
            var (code, stdout, stderr) = PythonReference.RunScript("wfdb_check_written.py", dir.File(name + ".hea"));
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;
            Assert.True(root.GetProperty("checksums_match").GetBoolean(), stdout);
            Assert.True(root.GetProperty("initial_values_match").GetBoolean(), stdout);
            if (layout == WfdbWriteLayout.ChallengeMat)
                Assert.Equal([12, 1234], root.GetProperty("loadmat_shape").EnumerateArray().Select(e => e.GetInt32()));
            var ours = WfdbRecord.Read(dir.File(name + ".hea"));
            var theirs = root.GetProperty("physical_first_column").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            for (int s = 0; s < 12; s++) Assert.Equal(theirs[s], ours.Signals[s][0], 6);
            var sums = root.GetProperty("digital_sums").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var opened = WfdbRecord.Open(dir.File(name + ".hea"));
            for (int s = 0; s < 12; s++) Assert.Equal(sums[s], opened.ReadDigital(s, 0, 1234).Sum(v => (long)v));
        }
    }
}
