using SleepFM.Datasets;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using SleepFM.Tests.Datasets;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Pipeline;

/// <summary>DatasetPreparation: a prepared folder is used as is, raw data is prepared, anything else fails naming the folder.</summary>
public sealed class DatasetPreparationTests
{
    [Fact]
    public void A_prepared_folder_is_used_as_is_without_preparing_again()
    {
        using var dir = new TempDirectory();
        var prepared = PipelineTestData.MixedNights(dir.Path, seconds: 30).Directory;
        // Without its source a second preparation would fail, so success means nothing was prepared.
        Directory.Delete(dir.File("src"), recursive: true);

        var outcome = DatasetPreparation.PreparedOrPrepare("psg", prepared, dir.File("elsewhere"));

        Assert.Equal(prepared, outcome.Directory);
        Assert.Null(outcome.Report);
        Assert.Empty(outcome.Failures);
        Assert.False(Directory.Exists(dir.File("elsewhere")));
    }

    [Theory]
    [InlineData("")]      // a data root laid out as data/README.md: psg/ inside
    [InlineData("psg")]   // the dataset's own raw folder
    public void Raw_data_is_prepared_into_the_output_folder(string folder)
    {
        using var dir = new TempDirectory();
        PsgTestData.WriteSyntheticWorld(dir.File("data"), subjects: 2, seconds: 61);
        var reports = new List<PrepareProgress>();

        var outcome = DatasetPreparation.PreparedOrPrepare("psg", Path.Combine(dir.File("data"), folder), dir.File("out"),
            new SynchronousProgress<PrepareProgress>(reports.Add));

        Assert.Equal(dir.File("out"), outcome.Directory);
        Assert.Equal(2, outcome.Report!.Converted);
        Assert.Empty(outcome.Failures);
        Assert.Equal(2, reports.Count);
        var info = PreparedDataset.Open(outcome.Directory).Info;
        Assert.True(info.Complete);
        Assert.Equal(Path.Combine(dir.File("data"), "psg"), info.Source);
    }

    [Fact]
    public void Recordings_that_fail_are_returned_and_the_others_prepared()
    {
        using var dir = new TempDirectory();
        PsgTestData.WriteSyntheticWorld(dir.File("data"), subjects: 1, seconds: 61);
        File.WriteAllBytes(Path.Combine(dir.File("data"), "psg", "cohortA", "broken.edf"), new byte[512]);

        var outcome = DatasetPreparation.PreparedOrPrepare("psg", dir.File("data"), dir.File("out"));

        var failure = Assert.Single(outcome.Failures);
        Assert.Equal("cohortA/broken", failure.RecordingId);
        Assert.Equal("EdfFormatException", failure.ErrorType);
        Assert.Equal(PrepareReport.PartialExitCode, outcome.Report!.ExitCode);
        Assert.Contains("cohortA/broken", File.ReadAllText(Path.Combine(outcome.Directory, "failures.csv")));
    }

    [Fact]
    public void A_folder_that_is_neither_prepared_nor_raw_data_fails_naming_it_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "no recordings here");

        var e = Assert.Throws<DatasetLayoutException>(() => DatasetPreparation.PreparedOrPrepare("psg", folder, dir.File("out")));

        Assert.Equal(folder, e.Path);
        Assert.StartsWith(folder, e.Message);
        Assert.Contains("neither a prepared folder", e.Message);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void A_missing_folder_fails_naming_it()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<DirectoryNotFoundException>(() => DatasetPreparation.PreparedOrPrepare("psg", dir.File("nothing-here"), dir.File("out")));
        Assert.Contains(dir.File("nothing-here"), e.Message);
    }

    [Fact]
    public void Raw_data_of_which_nothing_can_be_prepared_fails_naming_the_source()
    {
        using var dir = new TempDirectory();
        var source = dir.File("bad");
        Directory.CreateDirectory(source);
        File.WriteAllBytes(Path.Combine(source, "broken.edf"), new byte[512]);

        var e = Assert.Throws<InvalidDataException>(() => DatasetPreparation.PreparedOrPrepare("psg", source, dir.File("out")));

        Assert.Contains(source, e.Message);
        Assert.Contains("psg", e.Message);
    }
}
