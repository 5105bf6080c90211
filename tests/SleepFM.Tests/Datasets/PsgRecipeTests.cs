using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Datasets;

public class PsgRecipeTests
{
    [Fact]
    public void ReadsTheSyntheticWorldLayout()
    {
        using var dir = new TempDirectory();
        PsgTestData.WriteSyntheticWorld(dir.Path, subjects: 3, seconds: 150);
        var recipe = new PsgRecipe();
        var recordings = recipe.Enumerate(dir.Path).OrderBy(r => r.RecordingId, StringComparer.Ordinal).ToList();

        Assert.Equal(["psg/cohortA/sub-000", "psg/cohortA/sub-002", "psg/cohortB/sub-001"], recordings.Select(r => r.RecordingId));
        Assert.Equal(["sub-000", "sub-002", "sub-001"], recordings.Select(r => r.SubjectId));
        Assert.Equal("cohortB", recordings[2].Properties["cohort"]);
        Assert.Equal("41", recordings[2].Properties["age"]);
        Assert.All(recordings, r => Assert.EndsWith(".hypnogram.csv", r.Files[1]));
        Assert.All(recordings, r => Assert.Null(r.OfficialSplit));

        using var night = recipe.Open(recordings[0]);
        // Grouped BAS, ECG, RESP, EMG in file order; the light sensor (Other) is dropped; SpO2 (%) is kept.
        Assert.Equal(["EEG C3-M2", "EEG C4-M1", "EOG E1-M2", "ECG II", "Airflow", "SpO2", "Chin EMG"], night.Channels.Select(c => c.Label));
        Assert.Equal([Modality.BAS, Modality.BAS, Modality.BAS, Modality.ECG, Modality.RESP, Modality.RESP, Modality.EMG], night.Channels.Select(c => c.Modality));
        Assert.NotNull(night.Channels[0].Position);
        Assert.Null(night.Channels[3].Position);
        Assert.Equal(150, night.DurationSeconds, 6);
        // 150 s → two 60-s windows; subject 0 stages per epoch: W W N1 N1 N2 → majority W, then N1.
        Assert.Equal([0.0, 60], night.Windows.Select(w => w.StartSeconds));
        Assert.Equal([0, 1], night.Windows.Select(w => w.Labels[0]));
        Assert.Equal(150 * 8, night.Channels[5].Read().Length);
    }

    [Fact]
    public void SleepEdfStyleAnnotationsAndSubjectNames()
    {
        using var dir = new TempDirectory();
        var stages = new List<EdfAnnotation>
        {
            new(0, 60, "Sleep stage W"), new(60, 30, "Sleep stage 4"), new(90, 30, "Sleep stage R"), new(120, 30, "Sleep stage ?"),
        };
        PsgTestData.WriteNight(Path.Combine(dir.Path, "SC4001E0-PSG.edf"), 180, 1,
            [("EEG Fpz-Cz", 100, "uV"), ("EEG Pz-Oz", 100, "uV"), ("EOG horizontal", 100, "uV"), ("EMG submental", 1, "uV")]);
        PsgTestData.WriteAnnotationsOnly(Path.Combine(dir.Path, "SC4001EC-Hypnogram.edf"), stages);
        PsgTestData.WriteNight(Path.Combine(dir.Path, "SC4002E0-PSG.edf"), 120, 2,
            [("EEG Fpz-Cz", 100, "uV")], [new EdfAnnotation(0, 120, "Sleep stage 2")]);
        var recipe = new PsgRecipe(windowSeconds: 30);
        var recordings = recipe.Enumerate(dir.Path);

        Assert.Equal(["SC4001E0-PSG", "SC4002E0-PSG"], recordings.Select(r => r.RecordingId));
        Assert.Equal(["SC400", "SC400"], recordings.Select(r => r.SubjectId));   // both nights of subject 00 stay together
        Assert.EndsWith("SC4001EC-Hypnogram.edf", recordings[0].Files[1]);
        using (var first = recipe.Open(recordings[0]))
        {
            Assert.Equal([0, 0, 3, 4, -1, -1], first.Windows.Select(w => w.Labels[0]));
            Assert.Equal(Modality.EMG, first.Channels[^1].Modality);
        }
        using var second = recipe.Open(recordings[1]);   // stages from its own EDF+ annotations
        Assert.Equal([2, 2, 2, 2], second.Windows.Select(w => w.Labels[0]));
    }

    [Fact]
    public void SubjectsCsvWithAFileColumnMapsRecordingsToSubjects()
    {
        using var dir = new TempDirectory();
        PsgTestData.WriteNight(dir.File("night1.edf"), 60, 1, [("C3", 128, "uV")]);
        PsgTestData.WriteNight(Path.Combine(dir.Path, "b", "night2.edf"), 60, 2, [("C3", 128, "uV")]);
        File.WriteAllText(dir.File("subjects.csv"), "subject_id,file\nP1,night1.edf\nP1,b/night2.edf\n");
        Assert.All(new PsgRecipe().Enumerate(dir.Path), r => Assert.Equal("P1", r.SubjectId));
    }

    [Fact]
    public void BadHypnogramNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.hypnogram.csv");
        File.WriteAllText(path, "epoch,onset_s,stage\n0,0,W\n1,30,N7\n");
        var e = Assert.Throws<DatasetLayoutException>(() => PsgRecipe.ReadHypnogramCsv(path));
        Assert.Equal(3, e.Line);
        Assert.Contains("N7", e.Message);
        File.WriteAllText(path, "epoch,start,stage\n0,0,W\n");
        Assert.Contains("onset_s", Assert.Throws<DatasetLayoutException>(() => PsgRecipe.ReadHypnogramCsv(path)).Message);
    }

    [Fact]
    public void RecordingWithoutUsableChannelsIsRejectedWithTheLabels()
    {
        using var dir = new TempDirectory();
        PsgTestData.WriteNight(dir.File("n.edf"), 60, 1, [("Light", 1, "lux"), ("Position", 1, "")]);
        var recipe = new PsgRecipe();
        var e = Assert.Throws<DatasetLayoutException>(() => recipe.Open(recipe.Enumerate(dir.Path)[0]));
        Assert.Contains("Light", e.Message);
    }
}
