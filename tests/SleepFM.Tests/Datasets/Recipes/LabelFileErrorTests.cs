using SleepFM.Datasets;
using SleepFM.Datasets.Recipes;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Datasets.Recipes;

/// <summary>Malformed label files raise <see cref="DatasetLayoutException"/> naming the file and line; well-formed ones parse exactly.</summary>
public sealed class LabelFileErrorTests
{
    static DatasetLayoutException Fails(Action read) => Assert.Throws<DatasetLayoutException>(read);

    [Theory]
    [InlineData("0,1.0,2.0", 2)]       // three cells
    [InlineData("22,1.0,2.0,1", 2)]    // channel outside the TCP montage
    [InlineData("3,1.0,2.0,7", 2)]     // label 7
    [InlineData("3,2.0,1.0,1", 2)]     // reversed span
    [InlineData("x,1.0,2.0,1", 2)]     // not a number
    public void Bad_rec_lines_are_reported_with_their_line(string bad, int line)
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.rec");
        File.WriteAllLines(path, ["0,1.0,2.0,6", bad]);
        var e = Fails(() => TuevRecipe.ReadRec(path));
        Assert.Equal(path, e.Path);
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void Rec_lines_parse_to_class_indices_and_tcp_channel_numbers()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.rec");
        File.WriteAllLines(path, ["13,3.0,4.0,2", "", "0,11.5,12.5,6"]);
        Assert.Equal([new EventSpan("13", 3, 4, 1), new EventSpan("0", 11.5, 12.5, 5)], TuevRecipe.ReadRec(path));
    }

    [Fact]
    public void Tse_terms_map_to_tusl_classes_and_unknown_terms_fail()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.tse");
        File.WriteAllLines(path, ["version = tse_v1.0.0", "", "0.0000 40.0000 bckg 1.0000", "40.0000 60.0000 SLOW 1.0000", "60 70 cmpl 1", "70 80 seiz 1"]);
        Assert.Equal([new LabelledInterval(0, 40, 0), new LabelledInterval(40, 20, 3), new LabelledInterval(60, 10, 1), new LabelledInterval(70, 10, 2)],
            TuslRecipe.ReadTse(path));
        File.AppendAllLines(path, ["80 90 spsw 1"]);
        Assert.Equal(7, Fails(() => TuslRecipe.ReadTse(path)).Line);
    }

    [Fact]
    public void Braincapture_rejects_an_unknown_label_and_a_missing_table()
    {
        using var temp = new TempDirectory();
        Fails(() => new BrainCaptureRecipe().Enumerate(temp.Path));
        File.WriteAllLines(temp.File("labels.csv"), ["file,label", "a.edf,normal", "b.edf,maybe"]);
        Assert.Equal(3, Fails(() => new BrainCaptureRecipe().Enumerate(temp.Path)).Line);
    }

    [Fact]
    public void Tuab_files_outside_the_label_folders_are_rejected()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("edf/train/unsure"));
        File.WriteAllBytes(temp.File("edf/train/unsure/aaaa_s001_t000.edf"), []);
        Fails(() => new TuabRecipe().Enumerate(temp.Path));
    }

    [Fact]
    public void Window_lengths_must_be_whole_tokens()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TuabRecipe(2.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TuevRecipe(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Code15Recipe(windowSeconds: 11));
        Assert.Throws<ArgumentException>(() => new Code15Recipe(["RBBB", "PVC"]));
        Assert.Throws<ArgumentException>(() => new ChallengeEcgRecipe("ptbxl"));
    }
}
