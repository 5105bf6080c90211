using System.Text.Json;
using PureHDF;
using SleepFM.IO;
using SleepFM.IO.Hdf5;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Hdf5;

/// <summary>Tests of Code15Hdf5.</summary>
public sealed class Code15Hdf5Tests
{
    // The same deterministic values as tests/python/hdf5_code15_reference.py.
    static float Value(int exam, int sample, int lead) =>
        (float)(Math.Sin(0.01 * sample * (lead + 1)) + 0.1 * exam - 0.05 * lead);

    static float[] Tracings(int n, int t)
    {
        var data = new float[n * t * 12];
        for (int e = 0; e < n; e++)
            for (int s = 0; s < t; s++)
                for (int l = 0; l < 12; l++)
                    data[(e * t + s) * 12 + l] = Value(e, s, l);
        return data;
    }

    /// <summary>Round trip: ids tracings and leads.</summary>
    [Fact]
    public void RoundTrip_IdsTracingsAndLeads()
    {
        using var dir = new TempDirectory();
        var path = dir.File("exams_part0.hdf5");
        long[] ids = [101, 205, 309, 4_000_000_000L];
        var data = Tracings(ids.Length, Code15Layout.SamplesPerTracing);
        Code15Hdf5Writer.Write(path, ids, data);

        using var file = Code15Hdf5File.Open(path);
        Assert.Equal(4, file.ExamCount);
        Assert.Equal(4096, file.SamplesPerTracing);
        Assert.Equal(ids, file.ReadExamIds());
        Assert.Equal(data, file.ReadTracings(0, 4));
        Assert.Equal(data.AsSpan(2 * 4096 * 12, 4096 * 12).ToArray(), file.ReadTracings(2, 1));
        var leads = file.ReadLeads(3);
        Assert.Equal(12, leads.Length);
        Assert.Equal(Value(3, 100, 7), leads[7][100]);
        Assert.Equal(Value(3, 4095, 11), leads[11][4095]);
    }

    /// <summary>Chunked writer: writes ranges in any order.</summary>
    [Fact]
    public void ChunkedWriter_WritesRangesInAnyOrder()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.hdf5");
        const int t = 64;
        var all = Tracings(5, t);
        using (var writer = Code15Hdf5Writer.Create(path, [1, 2, 3, 4, 5], t))
        {
            writer.WriteTracings(3, all[(3 * t * 12)..]);
            writer.WriteTracings(0, all[..(3 * t * 12)]);
            Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteTracings(4, all[..(2 * t * 12)]));
            Assert.Throws<ArgumentException>(() => writer.WriteTracings(0, new float[13]));
        }
        using var file = Code15Hdf5File.Open(path);
        Assert.Equal(all, file.ReadTracings(0, 5));
        Assert.Equal(all.AsSpan(t * 12, 2 * t * 12).ToArray(), file.ReadTracings(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.ReadTracings(4, 2));
    }

    /// <summary>Not hdf5: throws typed.</summary>
    [Fact]
    public void NotHdf5_ThrowsTyped()
    {
        using var dir = new TempDirectory();
        var path = dir.File("fake.hdf5");
        File.WriteAllText(path, "exam_id,age\n1,2\n");
        var e = Assert.Throws<Hdf5FormatException>(() => Code15Hdf5File.Open(path));
        Assert.IsAssignableFrom<SignalFileException>(e);
        Assert.Equal(path, e.FilePath);
        Assert.Throws<Hdf5FormatException>(() => Code15Hdf5File.Open(dir.File("absent.hdf5")));
    }

    /// <summary>Missing dataset or wrong shape: throw typed naming the dataset.</summary>
    [Fact]
    public void MissingDatasetOrWrongShape_ThrowTypedNamingTheDataset()
    {
        using var dir = new TempDirectory();
        var noIds = dir.File("noids.hdf5");
        new H5File { ["tracings"] = new float[2 * 8 * 12].AsEnumerable().ToArray() }.Write(noIds);
        var e1 = Assert.Throws<Hdf5FormatException>(() => Code15Hdf5File.Open(noIds));
        Assert.Contains("exam_id", e1.Field + e1.Problem);

        var wrongShape = dir.File("shape.hdf5");
        new H5File
        {
            ["tracings"] = new H5Dataset(new float[2 * 8 * 10], fileDims: [2, 8, 10]),
            ["exam_id"] = new long[] { 1, 2 },
        }.Write(wrongShape);
        var e2 = Assert.Throws<Hdf5FormatException>(() => Code15Hdf5File.Open(wrongShape));
        Assert.Equal("dataset 'tracings'", e2.Field);
        Assert.Contains("[2, 8, 10]", e2.Problem);

        var idMismatch = dir.File("ids.hdf5");
        new H5File
        {
            ["tracings"] = new H5Dataset(new float[2 * 8 * 12], fileDims: [2, 8, 12]),
            ["exam_id"] = new long[] { 1, 2, 3 },
        }.Write(idMismatch);
        var e3 = Assert.Throws<Hdf5FormatException>(() => Code15Hdf5File.Open(idMismatch));
        Assert.Equal("dataset 'exam_id'", e3.Field);

        var wrongType = dir.File("type.hdf5");
        new H5File
        {
            ["tracings"] = new H5Dataset(new double[2 * 8 * 12], fileDims: [2, 8, 12]),
            ["exam_id"] = new long[] { 1, 2 },
        }.Write(wrongType);
        var e4 = Assert.Throws<Hdf5FormatException>(() => Code15Hdf5File.Open(wrongType));
        Assert.Contains("float32", e4.Problem);
    }

    /// <summary>Truncated file: throws typed.</summary>
    [Fact]
    public void TruncatedFile_ThrowsTyped()
    {
        using var dir = new TempDirectory();
        var path = dir.File("t.hdf5");
        Code15Hdf5Writer.Write(path, [1, 2, 3], Tracings(3, 256), 256);
        var bytes = File.ReadAllBytes(path);
        foreach (var length in new[] { 8, 100, 1000, bytes.Length / 2, bytes.Length - 100 })
        {
            File.WriteAllBytes(path, bytes[..length]);
            try
            {
                using var file = Code15Hdf5File.Open(path);
                file.ReadExamIds();
                file.ReadTracings(0, file.ExamCount);
            }
            catch (Hdf5FormatException) { }
        }
    }

    /// <summary>H5py reads what we write.</summary>
    [PythonFact("h5py", "numpy")]
    public void H5pyReadsWhatWeWrite()
    {
        using var dir = new TempDirectory();
        var path = dir.File("ours.hdf5");
        const int n = 3, t = Code15Layout.SamplesPerTracing;
        var data = Tracings(n, t);
        Code15Hdf5Writer.Write(path, [11, 22, 33], data);
        var (code, stdout, stderr) = PythonReference.RunScript("hdf5_code15_reference.py", "read", path);
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal([n, t, 12], root.GetProperty("tracings_shape").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("float32", root.GetProperty("tracings_dtype").GetString());
        Assert.Equal("int64", root.GetProperty("exam_id_dtype").GetString());
        Assert.Equal([11L, 22L, 33L], root.GetProperty("exam_ids").EnumerateArray().Select(e => e.GetInt64()));
        var sums = root.GetProperty("per_exam_sum").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int e = 0; e < n; e++)
            Assert.Equal(data.AsSpan(e * t * 12, t * 12).ToArray().Sum(v => (double)v), sums[e], 6);
        var row = root.GetProperty("exam1_sample5").EnumerateArray().Select(e => (float)e.GetDouble()).ToArray();
        Assert.Equal(data.AsSpan((1 * t + 5) * 12, 12).ToArray(), row);
    }

    /// <summary>We read what h5py writes.</summary>
    [PythonFact("h5py", "numpy")]
    public void WeReadWhatH5pyWrites()
    {
        using var dir = new TempDirectory();
        var path = dir.File("theirs.hdf5");
        var (code, _, stderr) = PythonReference.RunScript("hdf5_code15_reference.py", "write", path, "4", "4096");
        Assert.True(code == 0, stderr);
        using var file = Code15Hdf5File.Open(path);
        Assert.Equal([7L, 1007L, 2007L, 3007L], file.ReadExamIds());
        var slice = file.ReadTracings(2, 2);
        for (int e = 0; e < 2; e++)
            for (int s = 0; s < 4096; s += 97)
                for (int l = 0; l < 12; l++)
                    Assert.Equal(Value(e + 2, s, l), slice[(e * 4096 + s) * 12 + l], 5);
    }
}
