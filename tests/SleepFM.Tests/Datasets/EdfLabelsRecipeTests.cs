using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Datasets;

public class EdfLabelsRecipeTests
{
    static readonly (string, double, string)[] Eeg = [("Fp1", 256, "uV"), ("Fp2", 256, "uV"), ("ECG", 256, "uV"), ("O2", 256, "uV")];

    [Fact]
    public void ReadsLabelsSubjectsAndOfficialSplit()
    {
        using var dir = new TempDirectory();
        PsgTestData.WriteNight(dir.File("a.edf"), 130, 1, Eeg);
        PsgTestData.WriteNight(Path.Combine(dir.Path, "eval", "b.edf"), 60, 2, Eeg);
        File.WriteAllText(dir.File("labels.csv"), "file,label,subject,split\na.edf,normal,p1,\neval/b.edf,abnormal,,eval\n");
        var recipe = new EdfLabelsRecipe();
        var recordings = recipe.Enumerate(dir.Path);

        Assert.Equal(["abnormal", "normal"], recipe.Labels.ClassNames);   // sorted ordinally, stable across partitions
        Assert.Equal(["a", "eval/b"], recordings.Select(r => r.RecordingId));
        Assert.Equal(["p1", "b"], recordings.Select(r => r.SubjectId));
        Assert.Equal([null, DataSplit.Test], recordings.Select(r => r.OfficialSplit));
        using var a = recipe.Open(recordings[0]);
        Assert.Equal(["Fp1", "Fp2", "O2"], a.Channels.Select(c => c.Label));   // EEG only
        Assert.All(a.Channels, c => Assert.Equal(Modality.BAS, c.Modality));
        Assert.Equal([0.0, 60], a.Windows.Select(w => w.StartSeconds));
        Assert.All(a.Windows, w => Assert.Equal([1], w.Labels));
        Assert.Equal(50, recipe.Chain.NotchFrequencyHz);
    }

    [Fact]
    public void LayoutErrorsNameTheProblem()
    {
        using var dir = new TempDirectory();
        var recipe = new EdfLabelsRecipe();
        Assert.Contains("labels table is missing", Assert.Throws<DatasetLayoutException>(() => recipe.Enumerate(dir.Path)).Message);
        File.WriteAllText(dir.File("labels.csv"), "file,class\na.edf,x\n");
        Assert.Contains("column 'label' is missing", Assert.Throws<DatasetLayoutException>(() => recipe.Enumerate(dir.Path)).Message);
        File.WriteAllText(dir.File("labels.csv"), "file,label\na.edf,x\na.edf,y\n");
        Assert.Equal(3, Assert.Throws<DatasetLayoutException>(() => recipe.Enumerate(dir.Path)).Line);
        File.WriteAllText(dir.File("labels.csv"), "file,label\n\"a, b.edf\",x\n\"c.edf,y\n");
        var unterminated = Assert.Throws<DatasetLayoutException>(() => recipe.Enumerate(dir.Path));
        Assert.Equal(3, unterminated.Line);
        Assert.Contains("unterminated quoted cell", unterminated.Message);
        Assert.Throws<InvalidOperationException>(() => new EdfLabelsRecipe().Labels);
        Assert.Throws<ArgumentException>(() => DatasetRecipes.Create("nope"));
        Assert.IsType<PsgRecipe>(DatasetRecipes.Create("PSG"));
    }
}
