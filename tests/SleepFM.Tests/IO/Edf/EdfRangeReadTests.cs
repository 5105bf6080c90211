using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Edf;

/// <summary>Lazy reads (time ranges, sample ranges, caller buffers, several channels) equal slices of the full read.</summary>
public sealed class EdfRangeReadTests
{
    [FixtureFact]
    public void Time_range_reads_equal_slices_of_the_full_read_on_the_real_fixture()
    {
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));
        int c3 = edf.IndexOf("C3..");
        var full = edf.ReadPhysical(c3);
        // Ranges inside one record, across record boundaries, at the very start and running past the end.
        foreach (var (start, duration) in new[] { (0.0, 0.5), (10.3, 2.25), (0.99375, 0.0125), (0.0, 125.0), (124.5, 10.0), (125.0, 1.0) })
        {
            var part = edf.ReadPhysical(c3, start, duration);
            int first = (int)Math.Round(start * 160);
            int count = Math.Min((int)Math.Round(duration * 160), full.Length - first);
            Assert.Equal(full.AsSpan(first, count).ToArray(), part);
        }
        Assert.Equal(full.AsSpan(1600).ToArray(), edf.ReadPhysical(c3, 10));
    }

    [FixtureFact]
    public void Digital_float_microvolt_and_buffer_reads_agree_with_the_double_read()
    {
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));
        var signal = edf.Signals[5];
        var physical = edf.ReadPhysical(5);
        var digital = edf.ReadDigital(5);
        Assert.Equal(physical, digital.Select(signal.ToPhysical));
        Assert.Equal(physical.Select(v => (float)v), edf.ReadPhysicalSingle(5));
        Assert.Equal(physical.Select(v => (float)v), edf.ReadMicrovolts(5));

        var buffer = new double[1000];
        Assert.Equal(1000, edf.ReadPhysical(5, 19_500 - 1000, buffer));
        Assert.Equal(physical.AsSpan(18_500, 1000).ToArray(), buffer);
        Assert.Equal(500, edf.ReadPhysical(5, 19_500, buffer));
        Assert.Equal(0, edf.ReadPhysical(5, 20_000, buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => edf.ReadPhysical(5, 20_001, buffer));
        var ints = new int[7];
        Assert.Equal(7, edf.ReadDigital(5, 159, ints));
        Assert.Equal(digital.AsSpan(159, 7).ToArray(), ints);
    }

    [FixtureFact]
    public void Several_channels_in_one_pass_equal_one_at_a_time()
    {
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));
        int[] picks = [63, 0, 31, 8];
        var together = edf.ReadPhysical(picks, 3.7, 20);
        for (int k = 0; k < picks.Length; k++)
            Assert.Equal(edf.ReadPhysical(picks[k], 3.7, 20), together[k]);

        // The streaming overload with caller buffers and per-signal start samples.
        var buffers = picks.Select(_ => new float[333]).ToArray();
        long[] firsts = [0, 17, 1000, 19_900];
        var written = edf.ReadPhysical(picks, firsts, buffers.Select(b => new Memory<float>(b)).ToArray());
        Assert.Equal([333, 333, 333, 100], written);
        for (int k = 0; k < picks.Length; k++)
        {
            var expected = edf.ReadPhysical(picks[k]).AsSpan((int)firsts[k], written[k]).ToArray().Select(v => (float)v);
            Assert.Equal(expected, buffers[k].Take(written[k]));
        }
    }

    [Fact]
    public void Mixed_sample_rates_map_the_same_time_range_to_their_own_samples()
    {
        using var dir = new TempDirectory();
        string path = dir.File("mixed.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 20);
        using var edf = EdfFile.Open(path);
        var both = edf.ReadPhysical([0, 1], 2.5, 3);
        Assert.Equal(768, both[0].Length);
        Assert.Equal(384, both[1].Length);
        Assert.Equal(edf.ReadPhysical(0).AsSpan(640, 768).ToArray(), both[0]);
        Assert.Equal(edf.ReadPhysical(1).AsSpan(320, 384).ToArray(), both[1]);
        Assert.Equal((320L, 384L), edf.GetSampleRange(1, 2.5, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => edf.ReadPhysical(0, -1, 1));
    }

    [Fact]
    public void Microvolt_reads_scale_millivolt_signals_and_refuse_annotation_signals()
    {
        using var dir = new TempDirectory();
        string path = dir.File("units.edf");
        EdfTestData.WriteThreeSignals(path, seconds: 3);
        using var edf = EdfFile.Open(path);
        var mv = edf.ReadPhysical(2);
        var uv = edf.ReadMicrovolts(2);
        for (int i = 0; i < mv.Length; i++) Assert.Equal((float)(mv[i] * 1000), uv[i], 1e-3f);
        Assert.Throws<ArgumentException>(() => edf.ReadMicrovolts(3));
    }

    [Fact]
    public void Non_voltage_signals_keep_their_unit_and_refuse_microvolt_reads()
    {
        using var dir = new TempDirectory();
        string path = dir.File("spo2.edf");
        var x = Enumerable.Range(0, 10).Select(i => 90.0 + i).ToArray();
        EdfWriter.Write(path, new EdfWriterSettings
        {
            Signals = [new EdfSignalSpec { Label = "SpO2", SampleRateHz = 1, PhysicalMin = 0, PhysicalMax = 100, PhysicalDimension = "%" }],
        }, [x]);
        using var edf = EdfFile.Open(path);
        Assert.Equal("%", edf.Signals[0].PhysicalDimension);
        Assert.Null(edf.Signals[0].ScaleToMicrovolts);
        Assert.Equal(99.0, edf.ReadPhysical(0)[9], 0.01);
        var e = Assert.Throws<InvalidOperationException>(() => edf.ReadMicrovolts(0));
        Assert.Contains("'%'", e.Message);
    }
}
