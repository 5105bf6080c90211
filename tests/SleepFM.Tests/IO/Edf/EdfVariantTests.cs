using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Edf;

/// <summary>BDF, EDF+D, record count −1 / too many / too few, date clipping: the format variants beyond the fixtures.</summary>
public sealed class EdfVariantTests
{
    [Fact]
    public void Plain_bdf_with_24bit_reserved_decodes_signed_24_bit_samples()
    {
        // Hand-made, so the reader is checked independently of the writer.
        int[] samples = [8388607, -8388608, 0, -1, 1, 123456, -654321, 42];
        var bytes = EdfBytes.Craft(bdf: true, "24BIT", "01.02.03", "04.05.06", 1,
            [("Fp1", "uV", -262144, 262143, -8388608, 8388607, 4)],
            [[samples[..4]], [samples[4..]]]);
        using var edf = EdfFile.Open(bytes, "crafted.bdf");
        Assert.Equal(EdfFileType.Bdf, edf.Header.FileType);
        Assert.Equal(3, edf.Header.BytesPerSample);
        Assert.Equal("24BIT", edf.Header.Reserved);
        Assert.Null(edf.Header.Patient);
        Assert.Equal(new DateTime(2003, 2, 1, 4, 5, 6), edf.Header.StartDateTime);
        Assert.Equal(samples, edf.ReadDigital(0));
        var physical = edf.ReadPhysical(0);
        double gain = (262143.0 + 262144) / 16777215.0;
        for (int i = 0; i < samples.Length; i++)
            Assert.Equal(-262144 + (samples[i] + 8388608.0) * gain, physical[i], 1e-9);
        Assert.Equal(-262144.0, physical[1]);
    }

    [Fact]
    public void Discontinuous_file_takes_record_starts_from_tals_and_refuses_reads_across_gaps()
    {
        using var dir = new TempDirectory();
        string path = dir.File("d.edf");
        double[] starts = [0, 1, 2, 10, 11, 20];
        var data = EdfTestData.WriteThreeSignals(path, seconds: 6, recordStarts: starts);
        using var edf = EdfFile.Open(path);

        Assert.Equal(EdfFileType.EdfPlusDiscontinuous, edf.Header.FileType);
        Assert.Equal("EDF+D", edf.Header.Reserved);
        Assert.Empty(edf.Warnings);
        Assert.Equal(starts, Enumerable.Range(0, 6).Select(r => edf.GetRecordStartSeconds(r)));
        Assert.Equal([new EdfSegment(0, 0, 3, 3), new EdfSegment(10, 3, 2, 2), new EdfSegment(20, 5, 1, 1)], edf.Segments);

        // 10.5 s is half-way into record 3, i.e. stored sample 3.5 × 256 of the EEG.
        Assert.Equal(data[0].AsSpan(896, 256).ToArray(), edf.ReadPhysical(0, 10.5, 1), (a, b) => Math.Abs(a - b) <= 200.0 / 65535);
        Assert.Equal((896L, 256L), edf.GetSampleRange(0, 10.5, 1));
        // To the end of the segment only, never into the next one.
        Assert.Equal(128 * 2, edf.ReadPhysical(1, 10).Length);
        var gap = Assert.Throws<ArgumentException>(() => edf.ReadPhysical(0, 5, 1));
        Assert.Contains("gap", gap.Message);
        Assert.Throws<ArgumentException>(() => edf.ReadPhysical(0, 2.5, 1));
        // Sample-index reads ignore time: stored samples in record order.
        var all = new double[6 * 256];
        Assert.Equal(6 * 256, edf.ReadPhysical(0, 0, all));
    }

    [Fact]
    public void Continuous_file_whose_tals_disagree_warns_but_reads_as_continuous()
    {
        using var dir = new TempDirectory();
        string path = dir.File("c.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 4, recordStarts: [0, 1, 5, 6]);
        var bytes = File.ReadAllBytes(path);
        EdfBytes.SetField(bytes, 192, 44, "EDF+C");
        using var edf = EdfFile.Open(bytes, "c.edf");
        Assert.Equal(EdfFileType.EdfPlusContinuous, edf.Header.FileType);
        Assert.Contains(edf.Warnings, w => w.Field.Contains("record 2") && w.Message.Contains("continuous"));
        Assert.Equal(2.0, edf.GetRecordStartSeconds(2));
        Assert.Single(edf.Segments);
    }

    [Fact]
    public void Record_count_minus_one_is_derived_from_the_file_length_with_a_warning()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 7);
        var bytes = File.ReadAllBytes(path);
        EdfBytes.SetField(bytes, 236, 8, "-1");
        using var edf = EdfFile.Open(bytes, "m.edf");
        Assert.Equal(-1, edf.Header.DeclaredRecordCount);
        Assert.Equal(7, edf.Header.RecordCount);
        Assert.Equal(7 * 256, edf.ReadPhysical(0).Length);
        Assert.Contains(edf.Warnings, w => w.Field == "number of data records" && w.Message.Contains("-1"));
    }

    [Fact]
    public void File_shorter_than_declared_reads_its_complete_records_with_a_warning()
    {
        using var dir = new TempDirectory();
        string path = dir.File("t.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 7);
        var bytes = File.ReadAllBytes(path);
        using var whole = EdfFile.Open(bytes, "whole.edf");
        var cut = bytes.AsSpan(0, (int)(bytes.Length - whole.Header.RecordBytes * 1.5)).ToArray();
        using var edf = EdfFile.Open(cut, "t.edf");
        Assert.Equal(7, edf.Header.DeclaredRecordCount);
        Assert.Equal(5, edf.Header.RecordCount);
        Assert.Equal(whole.ReadPhysical(0).AsSpan(0, 5 * 256).ToArray(), edf.ReadPhysical(0));
        Assert.Contains(edf.Warnings, w => w.Field == "number of data records" && w.Message.Contains("only 5"));
    }

    [Fact]
    public void File_longer_than_declared_ignores_the_extra_bytes_with_a_warning()
    {
        using var dir = new TempDirectory();
        string path = dir.File("l.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 3);
        var bytes = File.ReadAllBytes(path).Concat(new byte[100]).ToArray();
        using var edf = EdfFile.Open(bytes, "l.edf");
        Assert.Equal(3, edf.Header.RecordCount);
        Assert.Contains(edf.Warnings, w => w.Message.Contains("100 bytes after the last record"));
    }

    [Theory]
    [InlineData("01.01.85", "Startdate X X X X", 1985)]
    [InlineData("31.12.84", "Startdate X X X X", 2084)]
    [InlineData("01.01.99", "Startdate X X X X", 1999)]
    [InlineData("01.01.00", "Startdate X X X X", 2000)]
    [InlineData("01.01.yy", "Startdate 01-JAN-2090 X X X", 2090)]
    public void Two_digit_years_clip_to_1985_2084_and_edf_plus_yy_uses_the_startdate_year(string date, string recording, int year)
    {
        var bytes = EdfBytes.Craft(false, "EDF+C", date, "10.20.30", 1, [("x", "uV", -1, 1, -10, 10, 2)], [[[1, 2]]], recording: recording);
        // No annotation signal: EDF+C here only to enable the subfields; the missing TAL signal is irrelevant.
        using var edf = EdfFile.Open(bytes, "dates.edf");
        Assert.Equal(year, edf.Header.StartDateTime!.Value.Year);
        Assert.Equal(new TimeOnly(10, 20, 30), TimeOnly.FromDateTime(edf.Header.StartDateTime.Value));
    }

    [Theory]
    [InlineData("32.01.20", "10.00.00")]
    [InlineData("01.13.20", "10.00.00")]
    [InlineData("01.01.20", "25.00.00")]
    [InlineData("garbage!", "10.00.00")]
    public void Bad_dates_are_a_warning_not_an_error(string date, string time)
    {
        var bytes = EdfBytes.Craft(false, "", date, time, 1, [("x", "uV", -1, 1, -10, 10, 2)], [[[1, 2]]]);
        using var edf = EdfFile.Open(bytes, "bad-date.edf");
        Assert.Null(edf.Header.StartDateTime);
        Assert.Contains(edf.Warnings, w => w.Field == "start date/time");
        Assert.Equal([1, 2], edf.ReadDigital(0));
    }

    [Fact]
    public void Non_standard_unit_and_flat_physical_range_are_warnings()
    {
        var bytes = EdfBytes.Craft(false, "", "01.01.20", "00.00.00", 1,
            [("EEG", "UV", -100, 100, -2048, 2047, 2), ("ECG", "MV", -5, 5, -2048, 2047, 2), ("Flat", "uV", 3, 3, -2048, 2047, 2)],
            [[[0, 1], [2, 3], [4, 5]]]);
        using var edf = EdfFile.Open(bytes, "units.edf");
        Assert.Equal(1.0, edf.Signals[0].ScaleToMicrovolts);
        Assert.Equal(1000.0, edf.Signals[1].ScaleToMicrovolts);
        Assert.Equal("MV", edf.Signals[1].PhysicalDimension);
        Assert.Contains(edf.Warnings, w => w.Field == "physical dimension of 'EEG'");
        Assert.Contains(edf.Warnings, w => w.Field == "physical dimension of 'ECG'" && w.Message.Contains("millivolts"));
        Assert.Contains(edf.Warnings, w => w.Field.StartsWith("physical range of 'Flat'"));
        Assert.Equal([3.0, 3.0], edf.ReadPhysical(2));
    }

    [Fact]
    public void Malformed_tal_is_skipped_with_a_warning_and_the_rest_kept()
    {
        using var dir = new TempDirectory();
        string path = dir.File("tal.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 3);
        var bytes = File.ReadAllBytes(path);
        // Damage the onset of the first real annotation ("+1.5\x1530\x14Sleep stage W\x14") in record 1.
        int at = IndexOf(bytes, "+1.5\u001530"u8.ToArray());
        Assert.True(at > 0);
        bytes[at + 1] = (byte)'x';
        using var edf = EdfFile.Open(bytes, "tal.edf");
        Assert.Equal([new EdfAnnotation(2.75, null, "Lights on")], edf.Annotations);
        Assert.Contains(edf.Warnings, w => w.Field.StartsWith("annotation in record 1") && w.Message.Contains("onset"));
    }

    static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
