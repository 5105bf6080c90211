using SleepFM.IO.Wfdb;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Wfdb;

/// <summary>
/// The real PhysioNet records: a reader is right when every signal reproduces the header's initial
/// value and 16-bit checksum, which PhysioNet computed from the data with the WFDB library.
/// </summary>
public sealed class WfdbRecordFixtureTests
{
    /// <summary>Every checksum and initial value matches the header.</summary>
    [FixtureTheory]
    [InlineData("100", 2, 650000L)]
    [InlineData("s0010_re", 15, 38400L)]
    [InlineData("a103l", 3, 82500L)]
    public void EveryChecksumAndInitialValueMatchesTheHeader(string record, int signals, long frames)
    {
        var data = WfdbRecord.Read(FixturePaths.Get("wfdb", record + ".hea"));
        Assert.Equal(frames, data.FrameCount);
        Assert.Equal(signals, data.Checks.Count);
        foreach (var check in data.Checks)
        {
            var spec = data.Header.Signals[check.SignalIndex];
            Assert.Equal(spec.Checksum, check.DataChecksum);
            Assert.Equal(spec.InitialValue, check.DataInitialValue);
        }
        Assert.All(data.Signals, s => Assert.Equal(frames, s.Length));
        Assert.Empty(data.Warnings);
    }

    /// <summary>Mitbih100: physical values use adc zero as baseline.</summary>
    [FixtureFact]
    public void Mitbih100_PhysicalValuesUseAdcZeroAsBaseline()
    {
        var data = WfdbRecord.Read(FixturePaths.Get("wfdb", "100.hea"));
        // (995 − 1024) / 200 and (1011 − 1024) / 200 mV.
        Assert.Equal(-0.145f, data.Signals[0][0], 6);
        Assert.Equal(-0.065f, data.Signals[1][0], 6);
        Assert.DoesNotContain(data.Signals[0], float.IsNaN);
    }

    /// <summary>A103l: mat prefix is skipped and pleth is not voltage.</summary>
    [FixtureFact]
    public void A103l_MatPrefixIsSkippedAndPlethIsNotVoltage()
    {
        var data = WfdbRecord.Read(FixturePaths.Get("wfdb", "a103l"));
        Assert.Equal(-171 / 7247.0, data.Signals[0][0], 6);
        Assert.Equal(6042 / 12530.0, data.Signals[2][0], 6);
        Assert.Null(data.SignalInMillivolts(2));
        Assert.Equal(data.Signals[0], data.SignalInMillivolts(0));
    }

    /// <summary>Lazy range equals the same slice of afull read.</summary>
    [FixtureTheory]
    [InlineData("100", 0L, 10)]
    [InlineData("100", 1L, 7)]        // odd start: format 212 decodes from the middle of a pair
    [InlineData("100", 649_990L, 10)] // the record's last frames
    [InlineData("s0010_re", 12_345L, 1000)]
    [InlineData("a103l", 81_000L, 1500)]
    public void LazyRangeEqualsTheSameSliceOfAFullRead(string record, long start, int count)
    {
        var path = FixturePaths.Get("wfdb", record + ".hea");
        var full = WfdbRecord.Read(path);
        var opened = WfdbRecord.Open(path);
        int n = full.Header.Signals.Count;
        var wanted = Enumerable.Range(0, n).Reverse().ToArray(); // any order, across both files of s0010_re
        var slice = opened.ReadPhysical(wanted, start, count);
        for (int r = 0; r < wanted.Length; r++)
            Assert.Equal(full.Signals[wanted[r]].AsSpan((int)start, count).ToArray(), slice[r]);
    }

    /// <summary>Read digital: gives stored values.</summary>
    [FixtureFact]
    public void ReadDigital_GivesStoredValues()
    {
        var record = WfdbRecord.Open(FixturePaths.Get("wfdb", "s0010_re.hea"));
        Assert.Equal(-3, record.ReadDigital(12, 0, 1)[0]);   // vx, from the .xyz file
        Assert.Equal(-489, record.ReadDigital(0, 0, 1)[0]);  // i, from the .dat file
        Assert.Equal(-18, record.ReadDigital(14, 0, 1)[0]);
    }

    /// <summary>Verify: on alazy record reports every match.</summary>
    [FixtureFact]
    public void Verify_OnALazyRecordReportsEveryMatch()
    {
        var record = WfdbRecord.Open(FixturePaths.Get("wfdb", "s0010_re.hea"));
        var checks = record.Verify();
        Assert.Equal(15, checks.Count);
        Assert.All(checks, c => Assert.True(c.ChecksumMatches && c.InitialValueMatches));
        Assert.Equal(-13009, checks[12].DataChecksum);
    }

    /// <summary>Out of range requests: are argument errors.</summary>
    [FixtureFact]
    public void OutOfRangeRequests_AreArgumentErrors()
    {
        var record = WfdbRecord.Open(FixturePaths.Get("wfdb", "a103l.hea"));
        Assert.Throws<ArgumentOutOfRangeException>(() => record.ReadPhysical([0], 82_000, 501));
        Assert.Throws<ArgumentOutOfRangeException>(() => record.ReadPhysical([3], 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => record.ReadDigital(0, -1, 1));
    }
}
