using SleepFM.IO;
using SleepFM.IO.Wfdb;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Wfdb;

/// <summary>Tests of WfdbHeaderParser.</summary>
public sealed class WfdbHeaderParserTests
{
    /// <summary>Mitbih100: header with leading comment and format212.</summary>
    [FixtureFact]
    public void Mitbih100_HeaderWithLeadingCommentAndFormat212()
    {
        var h = WfdbHeaderParser.ParseFile(FixturePaths.Get("wfdb", "100.hea"));
        Assert.Equal("100", h.RecordName);
        Assert.Equal(360.0, h.FrameRateHz);
        Assert.Equal(650000L, h.FrameCount);
        Assert.Equal(["MLII", "V5"], h.SignalNames);
        var mlii = h.Signals[0];
        Assert.Equal(WfdbStorageFormat.Format212, mlii.Format);
        Assert.Equal(200.0, mlii.AdcGain);
        Assert.Equal(11, mlii.AdcResolutionBits);
        Assert.Equal(1024, mlii.AdcZero);
        Assert.Equal(1024, mlii.Baseline); // baseline omitted: ADC zero
        Assert.Equal("mV", mlii.Units);    // units omitted: mV
        Assert.Equal(995, mlii.InitialValue);
        Assert.Equal(-22131, mlii.Checksum);
        Assert.Equal(1011, h.Signals[1].InitialValue);
        Assert.Equal(20052, h.Signals[1].Checksum);
        Assert.Equal(["unnecessary comment", "69 M 1085 1629 x1", "Aldomet, Inderal"], h.Comments.Lines);
        Assert.Equal(650000 / 360.0, h.DurationSeconds!.Value, 9);
    }

    /// <summary>Ptb s0010: fifteen signals in two files and patient comments.</summary>
    [FixtureFact]
    public void PtbS0010_FifteenSignalsInTwoFilesAndPatientComments()
    {
        var h = WfdbHeaderParser.ParseFile(FixturePaths.Get("wfdb", "s0010_re.hea"));
        Assert.Equal(15, h.Signals.Count);
        Assert.Equal(1000.0, h.FrameRateHz);
        Assert.Equal(38400L, h.FrameCount);
        Assert.All(h.Signals.Take(12), s => Assert.Equal("s0010_re.dat", s.FileName));
        Assert.Equal(["vx", "vy", "vz"], h.Signals.Skip(12).Select(s => s.Description));
        Assert.All(h.Signals.Skip(12), s => Assert.Equal("s0010_re.xyz", s.FileName));
        Assert.All(h.Signals, s => Assert.Equal((WfdbStorageFormat.Format16, 2000.0, 0), (s.Format, s.AdcGain, s.Baseline)));
        Assert.Equal(81.0, h.Comments.AgeYears);
        Assert.Equal(WfdbSex.Female, h.Comments.Sex);
        Assert.Equal("Myocardial infarction", h.Comments["Reason for admission"]);
        Assert.Equal("Diabetes mellitus", h.Comments["additional diagnoses"]);
        Assert.Empty(h.Comments.DxCodes);
    }

    /// <summary>Challenge a103l: mat with byte offset exponent gains and non voltage units.</summary>
    [FixtureFact]
    public void ChallengeA103l_MatWithByteOffsetExponentGainsAndNonVoltageUnits()
    {
        var h = WfdbHeaderParser.ParseFile(FixturePaths.Get("wfdb", "a103l.hea"));
        Assert.Equal(250.0, h.FrameRateHz);
        Assert.Equal(82500L, h.FrameCount);
        Assert.Equal(["II", "V", "PLETH"], h.SignalNames);
        Assert.All(h.Signals, s => Assert.Equal((WfdbStorageFormat.Format16, 24L, "a103l.mat"), (s.Format, s.ByteOffset, s.FileName)));
        Assert.Equal(7247.0, h.Signals[0].AdcGain);
        Assert.Equal(10520.0, h.Signals[1].AdcGain);
        Assert.Equal(12530.0, h.Signals[2].AdcGain);
        Assert.Equal(1.0, h.Signals[0].MillivoltsPerUnit);
        Assert.Equal("NU", h.Signals[2].Units);
        Assert.Null(h.Signals[2].MillivoltsPerUnit);
        Assert.Equal(["Asystole", "False alarm"], h.Comments.Lines);
        Assert.Empty(h.Warnings);
    }

    /// <summary>Record line: counter frequency base counter time and date.</summary>
    [Fact]
    public void RecordLine_CounterFrequencyBaseCounterTimeAndDate()
    {
        var h = WfdbHeaderParser.Parse("rec 1 250/1000(12) 500 10:20:30 05/06/2020\nrec.dat 16 100 12 0 5 5 0 ecg lead II\n", "rec.hea");
        Assert.Equal(250.0, h.FrameRateHz);
        Assert.Equal(1000.0, h.CounterFrequencyHz);
        Assert.Equal(12.0, h.BaseCounter);
        Assert.Equal(new TimeOnly(10, 20, 30), h.BaseTime);
        Assert.Equal(new DateOnly(2020, 6, 5), h.BaseDate);
        Assert.Equal("ecg lead II", h.Signals[0].Description); // descriptions may contain blanks
    }

    /// <summary>Signal line: samples per frame skew offset baseline and units.</summary>
    [Fact]
    public void SignalLine_SamplesPerFrameSkewOffsetBaselineAndUnits()
    {
        var h = WfdbHeaderParser.Parse("r 2 100\nr.dat 16x4:3+512 1000(-20)/uV 12 7\nr.dat 16x4:3+512\n", "r.hea");
        var s = h.Signals[0];
        Assert.Equal((4, 3, 512L), (s.SamplesPerFrame, s.Skew, s.ByteOffset));
        Assert.Equal((1000.0, -20, "uV", 12, 7), (s.AdcGain, s.Baseline, s.Units, s.AdcResolutionBits, s.AdcZero));
        Assert.Equal(0.001, s.MillivoltsPerUnit);
        Assert.Null(s.InitialValue);
        Assert.Null(s.Checksum);
        // Gain omitted: 200 with a warning; resolution from the format.
        Assert.Equal((200.0, 16, "mV"), (h.Signals[1].AdcGain, h.Signals[1].AdcResolutionBits, h.Signals[1].Units));
        Assert.Contains(h.Warnings, w => w.Field.Contains("ADC gain"));
    }

    /// <summary>Challenge comments: age sex dx.</summary>
    [Fact]
    public void ChallengeComments_AgeSexDx()
    {
        var h = WfdbHeaderParser.Parse(
            "A0001 1 500 10\nA0001.mat 16+24 1000/mV 16 0 28 -1716 0 I\n#Age: 74\n#Sex: Male\n#Dx: 164889003,59118001\n#Rx: Unknown\n#Hx: Unknown\n#Sx: Unknown\n",
            "A0001.hea");
        Assert.Equal(74.0, h.Comments.AgeYears);
        Assert.Equal(WfdbSex.Male, h.Comments.Sex);
        Assert.Equal(["164889003", "59118001"], h.Comments.DxCodes);
        Assert.Equal("Unknown", h.Comments.Rx);
        var unknownAge = WfdbHeaderParser.Parse("x 0\n#Age: NaN\n#Sex: Unknown\n", "x.hea");
        Assert.Null(unknownAge.Comments.AgeYears);
        Assert.Equal(WfdbSex.Unknown, unknownAge.Comments.Sex);
    }

    /// <summary>Malformed headers: throw typed error naming field.</summary>
    [Theory]
    [InlineData("r/3 2 360 100\n", "record name", "multi-segment")]
    [InlineData("r 2 360 100\nr.dat 16\n", "number of signals", "only 1 signal line")]
    [InlineData("r 1 360 100\nr.dat 311 200\n", "format of signal 0", "not supported")]
    [InlineData("r 1 360 100\nr.dat 16 2x0/mV\n", "ADC gain of signal 0", "'2x0/mV'")]
    [InlineData("r 1 abc 100\nr.dat 16\n", "sampling frequency", "'abc'")]
    [InlineData("r 1 360 -5\nr.dat 16\n", "number of samples", "'-5'")]
    [InlineData("r 1 360 100\n\n# c\nr.dat 16 200 16 zero\n", "line 4: ADC zero of signal 0", "'zero'")]
    [InlineData("# only a comment\n", "record line", "missing")]
    public void MalformedHeaders_ThrowTypedErrorNamingField(string text, string field, string problem)
    {
        var e = Assert.Throws<WfdbFormatException>(() => WfdbHeaderParser.Parse(text, "bad.hea"));
        Assert.IsAssignableFrom<SignalFileException>(e);
        Assert.Equal("bad.hea", e.FilePath);
        Assert.Contains(field, e.Field);
        Assert.Contains(problem, e.Message);
        Assert.NotNull(e.ByteOffset);
    }

    /// <summary>Malformed line: byte offset points at the line.</summary>
    [Fact]
    public void MalformedLine_ByteOffsetPointsAtTheLine()
    {
        const string text = "r 1 360 100\r\n# c\r\nr.dat 16 zz\r\n";
        var e = Assert.Throws<WfdbFormatException>(() => WfdbHeaderParser.Parse(text, "bad.hea"));
        Assert.Equal(text.IndexOf("r.dat", StringComparison.Ordinal), e.ByteOffset);
    }

    /// <summary>Bad base date: is a warning not an error.</summary>
    [Fact]
    public void BadBaseDate_IsAWarningNotAnError()
    {
        var h = WfdbHeaderParser.Parse("r 0 360 100 10:00:00 31/02/2020\n", "r.hea");
        Assert.Null(h.BaseDate);
        Assert.Contains(h.Warnings, w => w.Field.Contains("base date"));
    }
}
