using SleepFM.IO.Hdf5;
using SleepFM.Pipeline;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Pipeline;

public class ShardReaderErrorTests
{
    [Fact]
    public void Another_hdf5_file_is_refused_as_not_a_shard()
    {
        using var temp = new TempDirectory();
        var path = temp.File("exams_part0.hdf5");
        Code15Hdf5Writer.Write(path, [7], new float[16 * Code15Layout.LeadCount], samplesPerTracing: 16);

        var e = Assert.Throws<Hdf5FormatException>(() => ShardReader.Open(path));

        Assert.Equal(path, e.FilePath);
        Assert.Equal($"dataset '{ShardLayout.Signals}'", e.Field);
        Assert.Contains("not a SleepFM shard?", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_hdf5_is_refused_naming_it()
    {
        using var temp = new TempDirectory();
        var path = temp.File("shard-0000.h5");
        File.WriteAllText(path, "window,signal\n");

        var e = Assert.Throws<Hdf5FormatException>(() => ShardReader.Open(path));

        Assert.Equal(path, e.FilePath);
        Assert.Equal("file signature", e.Field);
    }
}
