using SleepFM.Channels;
using SleepFM.Datasets;
using SleepFM.Datasets.Recipes;
using SleepFM.Tasks;
using SleepFM.Tests.Synthetic.Downstream;

namespace SleepFM.Tests.Datasets.Recipes;

/// <summary>The ECG recipes read the synthetic world's native layouts and reproduce the generator's label counts.</summary>
[Collection(TinyDownstreamCollection.Name)]
public sealed class EcgRecipeTests(TinyDownstreamWorld world)
{
    /// <summary>Opens every record: per label, windows carrying it; asserts one 10-s window of 12 leads each.</summary>
    static (int[] PerLabel, IReadOnlyList<RecordingDescriptor> Recordings) OpenAll(IDatasetRecipe recipe, string source, double expectedRateHz)
    {
        var recordings = recipe.Enumerate(source);
        var perLabel = new int[recipe.Labels.Width];
        foreach (var r in recordings)
        {
            using var opened = recipe.Open(r);
            Assert.Equal(EcgLeads.Standard12, opened.Channels.Select(c => c.Label));
            Assert.All(opened.Channels, c => Assert.Equal(Modality.ECG, c.Modality));
            Assert.All(opened.Channels, c => Assert.Equal(expectedRateHz, c.SampleRateHz));
            var window = Assert.Single(opened.Windows);
            Assert.True(window.StartSeconds + recipe.WindowSeconds <= opened.DurationSeconds + 1e-9);
            for (int l = 0; l < perLabel.Length; l++) perLabel[l] += window.Labels[l];
        }
        return (perLabel, recordings);
    }

    int[] Expected(string task) => world.Manifest[task].ClassCounts.Select(c => c.Count).ToArray();

    [Fact]
    public void Ptbxl_labels_test_code_presence_and_fold_10_is_the_test_set()
    {
        var recipe = new PtbXlRecipe();
        Assert.True(recipe.Labels.MultiLabel);
        var (perLabel, recordings) = OpenAll(recipe, world.PathOf("ptbxl"), 100);
        Assert.Equal(Expected("ptbxl"), perLabel);
        Assert.Equal(world.Manifest["ptbxl"].FileCount, recordings.Count);
        Assert.Equal(world.Manifest["ptbxl"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        Assert.Contains(recordings, r => r.OfficialSplit == DataSplit.Test);
        Assert.All(recordings, r => Assert.DoesNotContain(".", r.SubjectId)); // "10007.0" → "10007"

        var table = File.ReadAllLines(world.PathOf("ptbxl", "ptbxl_database.csv"));
        int tests = table.Skip(1).Count(l => l.Split(',')[^3] == "10");
        Assert.Equal(tests, recordings.Count(r => r.OfficialSplit == DataSplit.Test));
    }

    [Fact]
    public void Ptbxl_rhythm_codes_with_likelihood_zero_still_count()
    {
        Assert.Equal([0, 0, 0, 0], PtbXlRecipe.Flags("{'NORM': 100.0, 'SR': 0.0}"));
        Assert.Equal([0, 1, 0, 1], PtbXlRecipe.Flags("{'CLBBB': 100.0, 'AFIB': 0.0}"));
        Assert.Equal([1, 0, 1, 0], PtbXlRecipe.Flags("{'CRBBB': 50.0, 'SBRAD': 0.0}"));
        Assert.Equal([0, 0, 0, 0], PtbXlRecipe.Flags("{'IRBBB': 100.0, 'ILBBB': 0.0}")); // incomplete blocks are other codes
    }

    [Theory]
    [InlineData("g12ec")]
    [InlineData("cpsc")]
    public void Challenge_sets_map_snomed_codes_to_the_task_labels(string id)
    {
        var recipe = new ChallengeEcgRecipe(id);
        Assert.Equal(TaskCatalog.Get(id).Classes, recipe.Labels.ClassNames);
        var (perLabel, recordings) = OpenAll(recipe, world.PathOf(id), 500);
        Assert.Equal(Expected(id), perLabel);
        Assert.Equal(world.Manifest[id].FileCount, recordings.Count);
        Assert.Equal(world.Manifest[id].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        Assert.Equal([1, 1, 1, 0], ChallengeEcgRecipe.Flags(["270492004", "713427006", "733534002", "426783006"], TaskCatalog.G12ec.Classes));
    }

    [Fact]
    public void Code15_exams_carry_the_csv_labels_and_a_central_10s_window()
    {
        var recipe = new Code15Recipe();
        var (perLabel, recordings) = OpenAll(recipe, world.PathOf("code15"), 400);
        Assert.Equal(Expected("code15"), perLabel);
        Assert.Equal(world.Manifest["code15"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        using var opened = recipe.Open(recordings[0]);
        Assert.Equal(0.12, opened.Windows[0].StartSeconds, 9); // 4,096 samples at 400 Hz = 10.24 s, zero-padded at both ends
        Assert.Equal(4096, opened.Channels[0].Read().Length);

        var forPtbxl = Code15Recipe.ForTask(TaskCatalog.PtbXl);
        Assert.Equal(TaskCatalog.PtbXl.Classes, forPtbxl.Labels.ClassNames);
        var (subset, _) = OpenAll(forPtbxl, world.PathOf("code15"), 400);
        var all = Code15Recipe.Task.Classes.ToList();
        Assert.Equal(TaskCatalog.PtbXl.Classes.Select(c => perLabel[all.IndexOf(c)]), subset);
    }
}
