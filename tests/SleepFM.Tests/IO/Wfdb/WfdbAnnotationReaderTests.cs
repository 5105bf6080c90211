using SleepFM.IO;
using SleepFM.IO.Wfdb;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Wfdb;

/// <summary>Tests of WfdbAnnotationReader.</summary>
public sealed class WfdbAnnotationReaderTests
{
    /// <summary>Mitbih100 atr: counts by symbol.</summary>
    [FixtureFact]
    public void Mitbih100Atr_CountsBySymbol()
    {
        var annotations = WfdbAnnotationReader.Read(FixturePaths.Get("wfdb", "100.atr"), 360);
        Assert.Equal(2274, annotations.Count);
        var counts = annotations.GroupBy(a => a.Symbol).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2239, counts["N"]);
        Assert.Equal(33, counts["A"]);
        Assert.Equal(1, counts["V"]);
        Assert.Equal(1, counts["+"]);
        Assert.Equal(4, counts.Count);
    }

    /// <summary>Mitbih100 atr: first annotations match rdann.</summary>
    [FixtureFact]
    public void Mitbih100Atr_FirstAnnotationsMatchRdann()
    {
        // rdann -r 100 -a atr: "0:00.050 18 + 0 0 0 (N", then "0:00.214 77 N 0 0 0".
        var annotations = WfdbAnnotationReader.Read(FixturePaths.Get("wfdb", "100.atr"), 360);
        var rhythm = annotations[0];
        Assert.Equal((18L, "+", "(N", WfdbAnnotationCodes.Rhythm), (rhythm.Sample, rhythm.Symbol, rhythm.Aux, rhythm.Code));
        Assert.Equal(0.05, rhythm.TimeSeconds!.Value, 9);
        Assert.Equal((77L, "N", ""), (annotations[1].Sample, annotations[1].Symbol, annotations[1].Aux));
        Assert.True(annotations.Zip(annotations.Skip(1)).All(p => p.First.Sample <= p.Second.Sample));
        Assert.True(annotations[^1].Sample < 650000);
    }

    /// <summary>Skip sub chn num and aux: are decoded.</summary>
    [Fact]
    public void SkipSubChnNumAndAux_AreDecoded()
    {
        var words = new List<byte>();
        void Word(int a, int i) { int w = a << 10 | i; words.Add((byte)w); words.Add((byte)(w >> 8)); }
        Word(59, 0); // SKIP 100000 = 0x000186A0, high word first
        words.AddRange([0x01, 0x00, 0xA0, 0x86]);
        Word(5, 3);                                  // V at 100003
        Word(61, 2); Word(62, 1); Word(60, 7);       // sub 2, chan 1, num 7
        Word(28, 10);                                // + at 100013
        Word(63, 5); words.AddRange("(AFIB"u8.ToArray()); words.Add(0); // aux, padded to even
        Word(1, 1);                                  // N at 100014: chan and num persist, sub resets
        Word(0, 0);
        var a = WfdbAnnotationReader.Parse(words.ToArray(), "t.atr", 250);
        Assert.Equal(3, a.Count);
        Assert.Equal(new WfdbAnnotation(100003, 100003 / 250.0, 5, "V", 2, 1, 7, ""), a[0]);
        Assert.Equal((100013L, "+", "(AFIB", 0), (a[1].Sample, a[1].Symbol, a[1].Aux, a[1].SubType));
        Assert.Equal((1, 7, 0), (a[2].Channel, a[2].Number, a[2].SubType));
    }

    /// <summary>Symbols: follow the standard table.</summary>
    [Fact]
    public void Symbols_FollowTheStandardTable()
    {
        Assert.Equal(["N", "V", "A", "+", "~", "|", "Q", "/"],
            new[] { 1, 5, 8, 28, 14, 16, 13, 12 }.Select(WfdbAnnotationCodes.Symbol));
        Assert.Equal("[45]", WfdbAnnotationCodes.Symbol(45));
        Assert.Equal(8, WfdbAnnotationCodes.Code("A"));
    }

    /// <summary>Damage: throws typed error.</summary>
    [Theory]
    [InlineData(new byte[] { 0x05, 0x04, 0x00 }, "annotation word")]          // an N, then half a word
    [InlineData(new byte[] { 0x00, 0xEC, 0x01, 0x00 }, "SKIP interval")]      // SKIP with 2 of 4 bytes
    [InlineData(new byte[] { 0x0A, 0xFC, 0x41 }, "AUX text")]                 // AUX of 10 bytes, 1 present
    [InlineData(new byte[] { 0x00, 0xD0 }, "annotation code")]                // code 52
    [InlineData(new byte[] { 0x00, 0xEC, 0xFF, 0xFF, 0x00, 0x00, 0x01, 0x04 }, "annotation time")] // SKIP −65536
    public void Damage_ThrowsTypedError(byte[] bytes, string field)
    {
        var e = Assert.Throws<WfdbFormatException>(() => WfdbAnnotationReader.Parse(bytes, "bad.atr"));
        Assert.Equal(field, e.Field);
    }

    /// <summary>Missing end marker: is a warning.</summary>
    [Fact]
    public void MissingEndMarker_IsAWarning()
    {
        var warnings = new List<ReadWarning>();
        var a = WfdbAnnotationReader.Parse(new byte[] { 0x05, 0x04 }, "t.atr", null, warnings);
        Assert.Single(a);
        Assert.Null(a[0].TimeSeconds);
        Assert.Single(warnings);
    }
}
