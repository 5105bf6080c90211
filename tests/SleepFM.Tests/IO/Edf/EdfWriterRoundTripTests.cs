using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Edf;

/// <summary>EdfWriter output read back by EdfFile: header, digital values, physical values within quantisation, annotations.</summary>
public sealed class EdfWriterRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Written_file_reads_back_within_half_a_digital_step(bool bdf)
    {
        using var dir = new TempDirectory();
        string path = dir.File(bdf ? "x.bdf" : "x.edf");
        var data = EdfTestData.WriteThreeSignals(path, seconds: 12, bdf);

        using var edf = EdfFile.Open(path);
        Assert.Empty(edf.Warnings);
        Assert.Equal(bdf ? EdfFileType.BdfPlusContinuous : EdfFileType.EdfPlusContinuous, edf.Header.FileType);
        Assert.Equal(bdf ? 3 : 2, edf.Header.BytesPerSample);
        Assert.Equal(12, edf.Header.RecordCount);
        Assert.Equal(new DateTime(2021, 3, 4, 22, 15, 30), edf.Header.StartDateTime);
        Assert.Equal(new EdfPatient("P01", "F", new DateOnly(1970, 5, 6), "Jane_Doe", ""), edf.Header.Patient);
        Assert.Equal(new EdfRecordingInfo(new DateOnly(2021, 3, 4), "A123", "tech", "synthetic_amp", ""), edf.Header.Recording);
        Assert.Equal(["EEG C3-M2", "EOG E1-M2", "ECG II"], edf.DataSignals.Select(s => s.Label));
        Assert.Equal([256.0, 128.0, 256.0], edf.DataSignals.Select(s => s.SampleRateHz));
        Assert.Equal(bdf ? "BDF Annotations" : "EDF Annotations", edf.Signals[3].Label);
        Assert.Equal(("HP:0.3Hz LP:70Hz", "AgAgCl", "mV"), (edf.Signals[0].Prefiltering, edf.Signals[1].Transducer, edf.Signals[2].PhysicalDimension));
        Assert.Equal(1000.0, edf.Signals[2].ScaleToMicrovolts);

        for (int i = 0; i < 3; i++)
        {
            var signal = edf.Signals[i];
            double halfStep = Math.Abs(signal.Gain) / 2 * (1 + 1e-9);
            var back = edf.ReadPhysical(i);
            Assert.Equal(data[i].Length, back.Length);
            double worst = data[i].Zip(back, (a, b) => Math.Abs(a - b)).Max();
            Assert.True(worst <= halfStep, $"{signal.Label}: worst error {worst} > half step {halfStep}");
            // Not trivially small either: quantisation is really happening.
            Assert.True(worst > halfStep / 100, $"{signal.Label}: error {worst} suspiciously small");
        }
        Assert.Equal([new EdfAnnotation(1.5, 30, "Sleep stage W"), new EdfAnnotation(11.75, null, "Lights on")], edf.Annotations);
    }

    [Fact]
    public void Digital_values_survive_a_second_write_identically()
    {
        using var dir = new TempDirectory();
        string first = dir.File("a.edf"), second = dir.File("b.edf");
        EdfTestData.WriteThreeSignals(first, seconds: 5);
        using var a = EdfFile.Open(first);
        var settings = new EdfWriterSettings
        {
            Signals = a.DataSignals.Select(s => new EdfSignalSpec
            {
                Label = s.Label, SampleRateHz = s.SampleRateHz, PhysicalMin = s.PhysicalMin, PhysicalMax = s.PhysicalMax,
                DigitalMin = s.DigitalMin, DigitalMax = s.DigitalMax, PhysicalDimension = s.PhysicalDimension,
            }).ToArray(),
            StartDateTime = a.Header.StartDateTime!.Value,
        };
        EdfWriter.Write(second, settings, a.DataSignals.Select(s => a.ReadPhysical(s.Index)).ToArray());
        using var b = EdfFile.Open(second);
        for (int i = 0; i < 3; i++)
            Assert.Equal(a.ReadDigital(i), b.ReadDigital(i));
    }

    [Fact]
    public void Digital_writes_are_stored_verbatim_including_the_extremes()
    {
        using var dir = new TempDirectory();
        string path = dir.File("d.edf");
        var digital = new[] { -32768, -1, 0, 1, 32767, 12345, -12345, 7 };
        using (var w = new EdfWriter(path, new EdfWriterSettings
        {
            Signals = [new EdfSignalSpec { Label = "x", SampleRateHz = 8, PhysicalMin = -3276.8, PhysicalMax = 3276.7, PhysicalDimension = "mV" }],
        }))
            w.WriteDigitalSamples(0, digital);
        using var edf = EdfFile.Open(path);
        Assert.Equal(digital, edf.ReadDigital(0));
        // phys = -3276.8 + (d + 32768) · 0.1
        Assert.Equal(-3276.8 + (12345 + 32768) * (6553.5 / 65535), edf.ReadPhysical(0)[5], 9);
    }

    [Fact]
    public void Incomplete_last_record_is_padded_with_physical_zero()
    {
        using var dir = new TempDirectory();
        string path = dir.File("p.edf");
        using (var w = new EdfWriter(path, new EdfWriterSettings
        {
            Signals = [new EdfSignalSpec { Label = "x", SampleRateHz = 10, PhysicalMin = -5, PhysicalMax = 5 }],
        }))
            w.WriteSamples(0, new double[] { 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 4, 4 });
        using var edf = EdfFile.Open(path);
        Assert.Equal(2, edf.Header.RecordCount);
        var x = edf.ReadPhysical(0);
        Assert.Equal(20, x.Length);
        Assert.All(x[12..], v => Assert.True(Math.Abs(v) <= 10.0 / 65535, $"pad {v}"));
        Assert.Equal(4, x[11], 3);
    }

    [Fact]
    public void Writer_streams_records_as_soon_as_every_signal_supplied_them()
    {
        using var dir = new TempDirectory();
        string path = dir.File("s.edf");
        var settings = new EdfWriterSettings
        {
            Signals =
            [
                new EdfSignalSpec { Label = "a", SampleRateHz = 4, PhysicalMin = -1, PhysicalMax = 1 },
                new EdfSignalSpec { Label = "b", SampleRateHz = 2, PhysicalMin = -1, PhysicalMax = 1 },
            ],
        };
        using (var w = new EdfWriter(path, settings))
        {
            w.WriteSamples(0, new double[12]);
            Assert.Equal(0, w.RecordsWritten);
            w.WriteSamples(1, new double[6]);
            // Three records are complete; the last is held back for annotations that may lie past the end.
            Assert.Equal(2, w.RecordsWritten);
        }
        using var edf = EdfFile.Open(path);
        Assert.Equal(3, edf.Header.RecordCount);
        Assert.Equal(3, edf.Header.DeclaredRecordCount);
    }

    [Fact]
    public void Whole_signal_pushes_write_the_same_bytes_as_record_interleaved_pushes()
    {
        using var dir = new TempDirectory();
        var data = new[] { EdfTestData.Signal(256 * 600, 256, 5), EdfTestData.Signal(128 * 600, 128, 6) };
        var settings = new EdfWriterSettings
        {
            Signals =
            [
                new EdfSignalSpec { Label = "a", SampleRateHz = 256, PhysicalMin = -60, PhysicalMax = 60 },
                new EdfSignalSpec { Label = "b", SampleRateHz = 128, PhysicalMin = -60, PhysicalMax = 60 },
            ],
            Annotations = [new EdfAnnotation(599.5, 1, "end")],
        };
        EdfWriter.Write(dir.File("interleaved.edf"), settings, data);
        using (var w = new EdfWriter(dir.File("whole.edf"), settings))
        {
            // In uneven pieces, one whole signal after the other.
            w.WriteSamples(0, data[0].AsSpan(0, 1000));
            w.WriteSamples(0, data[0].AsSpan(1000));
            w.WriteSamples(1, data[1].Select(v => (float)v).ToArray());
        }
        // float → double of the float-rounded values can move a sample by one digital step at most; compare digitally.
        using var a = EdfFile.Open(dir.File("interleaved.edf"));
        using var b = EdfFile.Open(dir.File("whole.edf"));
        Assert.Equal(a.ReadDigital(0), b.ReadDigital(0));
        Assert.All(a.ReadDigital(1).Zip(b.ReadDigital(1)), p => Assert.InRange(p.First - p.Second, -1, 1));
        Assert.Equal(a.Annotations, b.Annotations);
        Assert.Equal(600, b.Header.RecordCount);
    }

    [Fact]
    public void Writer_with_no_samples_writes_a_valid_empty_file()
    {
        using var dir = new TempDirectory();
        string path = dir.File("e.edf");
        using (new EdfWriter(path, new EdfWriterSettings { Signals = [new EdfSignalSpec { Label = "a", SampleRateHz = 4, PhysicalMin = -1, PhysicalMax = 1 }] })) { }
        using var edf = EdfFile.Open(path);
        Assert.Equal(0, edf.Header.RecordCount);
        Assert.Empty(edf.ReadPhysical(0));
        Assert.Empty(edf.Segments);
        Assert.Empty(edf.Warnings);
    }

    [Fact]
    public void Annotation_only_file_round_trips_like_the_sleep_edf_hypnograms()
    {
        using var dir = new TempDirectory();
        string path = dir.File("h.edf");
        var stages = Enumerable.Range(0, 200).Select(i => new EdfAnnotation(i * 30.0, 30, $"Sleep stage {"W123R"[i % 5]}")).ToArray();
        using (new EdfWriter(path, new EdfWriterSettings { Signals = [], Annotations = stages })) { }
        using var edf = EdfFile.Open(path);
        Assert.Equal(0.0, edf.Header.RecordDurationSeconds);
        Assert.Equal(1, edf.Header.RecordCount);
        Assert.Equal(stages, edf.Annotations);
    }

    [Fact]
    public void Many_annotations_in_one_second_fit_and_spread_correctly()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.edf");
        var annotations = Enumerable.Range(0, 50).Select(i => new EdfAnnotation(3 + i * 0.01, 0.005, $"spike {i}"))
            .Append(new EdfAnnotation(-2.5, null, "before start"))
            .Append(new EdfAnnotation(99, 1, "after end, ünïcode"))
            .ToArray();
        var settings = new EdfWriterSettings
        {
            Signals = [new EdfSignalSpec { Label = "x", SampleRateHz = 100, PhysicalMin = -1, PhysicalMax = 1 }],
            Annotations = annotations,
        };
        EdfWriter.Write(path, settings, [new double[1000]]);
        using var edf = EdfFile.Open(path);
        Assert.Equal(annotations.OrderBy(a => a.OnsetSeconds), edf.Annotations);
    }

    [Theory]
    [InlineData("a label longer than sixteen", "uV")]
    [InlineData("ok", "µV")]
    public void Unwritable_header_text_is_refused(string label, string unit)
    {
        using var dir = new TempDirectory();
        var settings = new EdfWriterSettings
        {
            Signals = [new EdfSignalSpec { Label = label, SampleRateHz = 100, PhysicalMin = -1, PhysicalMax = 1, PhysicalDimension = unit }],
        };
        Assert.Throws<ArgumentException>(() => new EdfWriter(dir.File("bad.edf"), settings));
    }

    [Fact]
    public void Sample_rate_not_whole_per_record_is_refused()
    {
        using var dir = new TempDirectory();
        var settings = new EdfWriterSettings
        {
            Signals = [new EdfSignalSpec { Label = "x", SampleRateHz = 100.5, PhysicalMin = -1, PhysicalMax = 1 }],
        };
        var e = Assert.Throws<ArgumentException>(() => new EdfWriter(dir.File("bad.edf"), settings));
        Assert.Contains("whole number", e.Message);
    }

    [Fact]
    public void Long_physical_range_is_rounded_outwards_to_fit_eight_characters()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.edf");
        var x = new[] { -123.456789012, 98.7654321098 };
        EdfWriter.Write(path, new EdfWriterSettings { Signals = [EdfSignalSpec.FromData("x", x, 2)] }, [x]);
        using var edf = EdfFile.Open(path);
        var s = edf.Signals[0];
        Assert.True(s.PhysicalMin <= x[0] && s.PhysicalMax >= x[1], $"[{s.PhysicalMin}, {s.PhysicalMax}]");
        Assert.True(s.PhysicalMin > -123.46 && s.PhysicalMax < 98.77, $"[{s.PhysicalMin}, {s.PhysicalMax}]");
        var back = edf.ReadPhysical(0);
        Assert.Equal(x[0], back[0], Math.Abs(s.Gain));
        Assert.Equal(x[1], back[1], Math.Abs(s.Gain));
    }
}
