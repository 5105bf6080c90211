using SleepFM.IO.Wfdb;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Wfdb;

/// <summary>
/// Hand-encoded signal files in every supported format, including the awkward cases the fixtures lack:
/// an odd number of 212 samples per frame, multi-rate frames, skew and a missing sample count.
/// </summary>
public sealed class WfdbStorageFormatTests
{
    static byte[] Encode(int format, int[] stream)
    {
        var bytes = new List<byte>();
        switch (format)
        {
            case 212:
                for (int i = 0; i < stream.Length; i += 2)
                {
                    int a = stream[i] & 0xFFF;
                    if (i + 1 < stream.Length)
                    {
                        int b = stream[i + 1] & 0xFFF;
                        bytes.AddRange([(byte)a, (byte)((a >> 8) | ((b >> 4) & 0xF0)), (byte)b]);
                    }
                    else bytes.AddRange([(byte)a, (byte)(a >> 8)]);
                }
                break;
            case 80: foreach (var v in stream) bytes.Add((byte)(v + 128)); break;
            case 16: foreach (var v in stream) bytes.AddRange(BitConverter.GetBytes((short)v)); break;
            case 24: foreach (var v in stream) bytes.AddRange(BitConverter.GetBytes(v).Take(3)); break;
            case 32: foreach (var v in stream) bytes.AddRange(BitConverter.GetBytes(v)); break;
        }
        return bytes.ToArray();
    }

    static int Checksum(IEnumerable<int> values) => (short)(ushort)(values.Sum(v => (long)v) & 0xFFFF);

    // Writes a one-file record whose signals have one sample per frame; returns the header path.
    static string WriteRecord(TempDirectory dir, int format, int[][] signals, bool declareLength = true)
    {
        int frames = signals[0].Length, n = signals.Length;
        var stream = new int[frames * n];
        for (int f = 0; f < frames; f++)
            for (int s = 0; s < n; s++) stream[f * n + s] = signals[s][f];
        File.WriteAllBytes(dir.File("r.dat"), Encode(format, stream));
        var lines = new List<string> { declareLength ? $"r {n} 100 {frames}" : $"r {n} 100" };
        for (int s = 0; s < n; s++)
            lines.Add($"r.dat {format} 10(5)/uV 12 0 {signals[s][0]} {Checksum(signals[s])} 0 sig{s}");
        File.WriteAllLines(dir.File("r.hea"), lines);
        return dir.File("r.hea");
    }

    /// <summary>Each format: decodes extremes invalid values and odd sample counts.</summary>
    [Theory]
    [InlineData(212, -2048, 2047)]
    [InlineData(80, -128, 127)]
    [InlineData(16, -32768, 32767)]
    [InlineData(24, -8388608, 8388607)]
    [InlineData(32, int.MinValue, int.MaxValue)]
    public void EachFormat_DecodesExtremesInvalidValuesAndOddSampleCounts(int format, int invalid, int max)
    {
        using var dir = new TempDirectory();
        // Three signals × five frames = 15 samples: odd, so 212 ends with a two-byte half pair.
        int[][] signals =
        [
            [1, -1, max, invalid + 1, 0],
            [invalid, 7, -7, 100 % max, max - 1],
            [0, 1, 2, 3, invalid],
        ];
        var data = WfdbRecord.Read(WriteRecord(dir, format, signals));
        for (int s = 0; s < 3; s++)
            for (int t = 0; t < 5; t++)
            {
                var expected = signals[s][t] == invalid ? float.NaN : (float)((signals[s][t] - 5) / 10.0);
                Assert.Equal(expected, data.Signals[s][t], 6);
            }
        Assert.All(data.Checks, c => Assert.True(c.ChecksumMatches && c.InitialValueMatches));
        Assert.Equal(1e-3, data.Header.Signals[0].MillivoltsPerUnit);

        var record = WfdbRecord.Open(dir.File("r.hea"));
        Assert.Equal(signals[1][1..4], record.ReadDigital(1, 1, 3));
        Assert.Equal(signals[2][3..5], record.ReadDigital(2, 3, 2));
    }

    /// <summary>Missing sample count: is derived from the file length.</summary>
    [Fact]
    public void MissingSampleCount_IsDerivedFromTheFileLength()
    {
        using var dir = new TempDirectory();
        var path = WriteRecord(dir, 212, [[1, 2, 3], [4, 5, 6], [7, 8, 9]], declareLength: false);
        var record = WfdbRecord.Open(path);
        Assert.Null(record.Header.FrameCount);
        Assert.Equal(3, record.FrameCount);
        Assert.Equal([7, 8, 9], record.ReadDigital(2, 0, 3));
    }

    /// <summary>Trailing bytes: are awarning.</summary>
    [Fact]
    public void TrailingBytes_AreAWarning()
    {
        using var dir = new TempDirectory();
        var path = WriteRecord(dir, 16, [[1, 2], [3, 4]]);
        File.AppendAllText(dir.File("r.dat"), "xyz");
        var data = WfdbRecord.Read(path);
        Assert.Contains(data.Warnings, w => w.Message.Contains("3 bytes"));
    }

    /// <summary>Samples per frame and skew.</summary>
    [Fact]
    public void SamplesPerFrameAndSkew()
    {
        using var dir = new TempDirectory();
        // Frame = [a(2k), a(2k+1), b(k)]; signal a has 2 samples per frame, b is skewed by one frame.
        int[] a = [10, 11, 20, 21, 30, 31, 40, 41];
        int[] b = [100, 200, 300, 400];
        var stream = new List<int>();
        for (int f = 0; f < 4; f++) stream.AddRange([a[2 * f], a[2 * f + 1], b[f]]);
        File.WriteAllBytes(dir.File("m.dat"), Encode(16, stream.ToArray()));
        File.WriteAllLines(dir.File("m.hea"),
        [
            "m 2 50 4",
            $"m.dat 16x2 1 16 0 10 {Checksum(a)} 0 fast",
            $"m.dat 16:1 1 16 0 100 {Checksum(b)} 0 skewed",
        ]);
        var record = WfdbRecord.Open(dir.File("m.hea"));
        Assert.Equal(a, record.ReadDigital(0, 0, 4));
        Assert.Equal([20, 21, 30, 31], record.ReadDigital(0, 1, 2));
        // Skew 1: sample t of 'skewed' is stored in frame t + 1; the last has no stored value.
        Assert.Equal([200, 300, 400, -32768], record.ReadDigital(1, 0, 4));
        var physical = record.ReadPhysical([1, 0], 2, 2);
        Assert.Equal([400f, float.NaN], physical[0]);
        Assert.Equal([30f, 31f, 40f, 41f], physical[1]);
        Assert.All(record.Verify(), c => Assert.True(c.ChecksumMatches && c.InitialValueMatches));
    }

    /// <summary>Mixed formats in one file: are rejected.</summary>
    [Fact]
    public void MixedFormatsInOneFile_AreRejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("r.dat"), new byte[12]);
        File.WriteAllLines(dir.File("r.hea"), ["r 2 100 2", "r.dat 16", "r.dat 212"]);
        var e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Open(dir.File("r.hea")));
        Assert.Contains("format of signal 1", e.Field);
    }
}
