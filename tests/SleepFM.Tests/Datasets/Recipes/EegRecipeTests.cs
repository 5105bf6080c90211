using SleepFM.Datasets;
using SleepFM.Datasets.Recipes;
using SleepFM.IO.Edf;
using SleepFM.Tests.Synthetic.Downstream;

namespace SleepFM.Tests.Datasets.Recipes;

/// <summary>The EEG recipes read the synthetic world's native layouts and reproduce the generator's class counts.</summary>
[Collection(TinyDownstreamCollection.Name)]
public sealed class EegRecipeTests(TinyDownstreamWorld world)
{
    int Count(string task, string cls) => world.Manifest[task].ClassCounts.Single(c => c.ClassName == cls).Count;

    /// <summary>Opens every recording and counts windows per class (single-label).</summary>
    static (int[] PerClass, IReadOnlyList<RecordingDescriptor> Recordings) OpenAll(IDatasetRecipe recipe, string source, Action<SourceRecording>? check = null)
    {
        var recordings = recipe.Enumerate(source);
        var perClass = new int[recipe.Labels.ClassNames.Count];
        foreach (var r in recordings)
        {
            using var opened = recipe.Open(r);
            foreach (var w in opened.Windows) perClass[w.Labels[0]]++;
            check?.Invoke(opened);
        }
        return (perClass, recordings);
    }

    void AssertCounts(IDatasetRecipe recipe, string task, int windowsPerCountedUnit, int[] perClass)
    {
        var expected = world.Manifest[task].ClassCounts.Select(c => c.Count * windowsPerCountedUnit);
        Assert.Equal(expected, perClass);
        Assert.Equal(world.Manifest[task].ClassCounts.Select(c => c.ClassName), recipe.Labels.ClassNames);
    }

    [Fact]
    public void Tuab_labels_follow_the_folders_eval_is_the_test_set_and_every_minute_gives_six_10s_windows()
    {
        var recipe = new TuabRecipe();
        var (perClass, recordings) = OpenAll(recipe, world.PathOf("tuab"), r =>
        {
            Assert.Equal(EegMontage.Tuh19, r.Channels.Select(c => c.Label));
            Assert.All(r.Channels, c => Assert.NotNull(c.Position));
        });
        Assert.Equal(world.Manifest["tuab"].FileCount, recordings.Count);
        Assert.Equal(world.Manifest["tuab"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        Assert.All(recordings, r => Assert.Equal(r.RecordingId.StartsWith("edf/eval/", StringComparison.Ordinal) ? DataSplit.Test : null, r.OfficialSplit));
        Assert.Contains(recordings, r => r.OfficialSplit == DataSplit.Test);
        Assert.All(recordings, r => Assert.StartsWith(r.SubjectId + "_s", Path.GetFileName(r.MainFile)));
        AssertCounts(recipe, "tuab", 6, perClass); // the manifest counts 60-s windows; the recipe cuts 10-s ones
    }

    [Fact]
    public void Tuev_rec_lines_match_the_manifest_and_each_merged_event_gets_one_centred_5s_window()
    {
        var recipe = new TuevRecipe();
        var recordings = recipe.Enumerate(world.PathOf("tuev"));
        Assert.Equal(world.Manifest["tuev"].FileCount, recordings.Count);
        Assert.Equal(world.Manifest["tuev"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        Assert.Contains(recordings, r => r.OfficialSplit == DataSplit.Test);
        Assert.All(recordings, r => Assert.Equal(r.RecordingId.StartsWith("edf/eval/", StringComparison.Ordinal) ? DataSplit.Test : null, r.OfficialSplit));

        var lines = new int[6];
        var windows = new int[6];
        foreach (var r in recordings)
        {
            var rec = TuevRecipe.ReadRec(r.Files[1]);
            foreach (var l in rec) lines[l.Label]++;
            var events = TuevRecipe.MergeEvents(rec);
            using var opened = recipe.Open(r);
            Assert.Equal(events.Count, opened.Windows.Count);
            foreach (var w in opened.Windows)
            {
                windows[w.Labels[0]]++;
                Assert.True(w.StartSeconds >= 0 && w.StartSeconds + 5 <= opened.DurationSeconds + 1e-9);
                Assert.NotNull(w.EventChannel);
            }
            // Every event's centre lies in its window (the window is only shifted at the recording's edges).
            foreach (var e in events)
                Assert.Contains(opened.Windows, w => w.Labels[0] == e.Label && w.StartSeconds <= (e.StartSeconds + e.EndSeconds) / 2 && (e.StartSeconds + e.EndSeconds) / 2 <= w.StartSeconds + 5);
        }
        Assert.Equal(world.Manifest["tuev"].ClassCounts.Select(c => c.Count), lines);
        // Merging: fewer windows than lines (an event spans channels and seconds), but every class keeps events.
        Assert.All(Enumerable.Range(0, 6), k => Assert.InRange(windows[k], 1, lines[k] - 1));
    }

    [Fact]
    public void Tuev_merging_joins_touching_lines_of_one_class_across_channels_only()
    {
        EventSpan Line(int ch, double s, int label) => new(ch.ToString(), s, s + 1, label);
        var merged = TuevRecipe.MergeEvents([Line(8, 3, 1), Line(9, 3, 1), Line(8, 4, 1), Line(9, 5, 1), Line(0, 11, 4), Line(2, 12, 4), Line(5, 4, 5), Line(1, 20, 1)]);
        Assert.Equal(
            [new EventSpan("A1", 3, 6, 1), new EventSpan("F8", 4, 5, 5), new EventSpan("FP1", 11, 13, 4), new EventSpan("F7", 20, 21, 1)],
            merged);
    }

    [Fact]
    public void Tusl_majority_labels_of_10s_windows_match_the_tse_grid_counts()
    {
        var recipe = new TuslRecipe();
        var (perClass, recordings) = OpenAll(recipe, world.PathOf("tusl"));
        Assert.Equal(world.Manifest["tusl"].FileCount, recordings.Count);
        Assert.Equal(world.Manifest["tusl"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        Assert.All(recordings, r => Assert.Null(r.OfficialSplit));
        AssertCounts(recipe, "tusl", 1, perClass);
    }

    [Fact]
    public void Chbmit_seizure_windows_match_the_summary_and_the_duplicated_T8_P8_is_read_once()
    {
        var recipe = new ChbMitRecipe();
        var (perClass, recordings) = OpenAll(recipe, world.PathOf("chbmit"), r => Assert.Equal(EegMontage.ChbMit18, r.Channels.Select(c => c.Label)));
        Assert.Equal(world.Manifest["chbmit"].FileCount, recordings.Count);
        Assert.Equal(world.Manifest["chbmit"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        Assert.All(recordings, r => Assert.Matches(@"^chb\d\d$", r.SubjectId));
        AssertCounts(recipe, "chbmit", 1, perClass);

        var first = recordings[0];
        using var edf = EdfFile.Open(first.MainFile);
        var t8p8 = edf.DataSignals.Where(s => s.Label.Trim() == "T8-P8").ToList();
        Assert.Equal(2, t8p8.Count); // as in the real files
        using var opened = recipe.Open(first);
        Assert.Single(opened.Channels, c => c.Label == "T8-P8");
        Assert.Equal(edf.ReadMicrovolts(t8p8[0].Index), opened.Channels.Single(c => c.Label == "T8-P8").Read());
    }

    [Fact]
    public void Chbmit_summary_parser_reads_both_seizure_line_styles()
    {
        using var temp = new Fixtures.TempDirectory();
        string path = temp.File("chb99-summary.txt");
        File.WriteAllLines(path, [
            "File Name: chb99_01.edf", "Number of Seizures in File: 0", "",
            "File Name: chb99_02.edf", "Number of Seizures in File: 2",
            "Seizure Start Time: 10 seconds", "Seizure End Time: 40 seconds",
            "Seizure 2 Start Time: 100 seconds", "Seizure 2 End Time: 120 seconds",
        ]);
        var summary = ChbMitRecipe.ReadSummary(path);
        Assert.Empty(summary["chb99_01.edf"]);
        Assert.Equal([(10.0, 40.0), (100.0, 120.0)], summary["chb99_02.edf"]);
        Assert.Equal(5, ChbMitRecipe.SeizureSeconds(summary["chb99_02.edf"], 35, 10), 9);
        File.AppendAllLines(path, ["File Name: chb99_03.edf", "Seizure End Time: 5 seconds"]);
        Assert.Throws<DatasetLayoutException>(() => ChbMitRecipe.ReadSummary(path));
    }

    [Fact]
    public void Braincapture_uses_the_labels_table_in_task_class_order()
    {
        var recipe = new BrainCaptureRecipe();
        var (perClass, recordings) = OpenAll(recipe, world.PathOf("braincapture"), r => Assert.Equal(EegMontage.TenTwenty19, r.Channels.Select(c => c.Label)));
        Assert.Equal(world.Manifest["braincapture"].FileCount, recordings.Count);
        Assert.Equal(world.Manifest["braincapture"].SubjectCount, recordings.Select(r => r.SubjectId).Distinct().Count());
        AssertCounts(recipe, "braincapture", 6, perClass);
    }

    [Fact]
    public void Every_task_and_code15_is_registered_under_its_id()
    {
        foreach (var id in new[] { "tuab", "tuev", "tusl", "chbmit", "braincapture", "ptbxl", "g12ec", "cpsc", "code15" })
        {
            var recipe = DatasetRecipes.Create(id);
            Assert.Equal(id, recipe.Name);
            if (id != "code15") Assert.Equal(SleepFM.Tasks.TaskCatalog.Get(id).Classes, recipe.Labels.ClassNames);
            Assert.Equal(0, recipe.WindowSeconds * recipe.Chain.TargetSampleRateHz % 128, 9); // whole 1-s tokens
        }
    }

    [Fact]
    public void Montage_names_drop_the_EEG_prefix_and_reference_suffix_but_keep_bipolar_pairs()
    {
        Assert.Equal("FP1", EegMontage.Normalise("EEG FP1-REF"));
        Assert.Equal("T3", EegMontage.Normalise("EEG T3-LE"));
        Assert.Equal("FP1-F7", EegMontage.Normalise("FP1-F7"));
        Assert.Equal("FP1", EegMontage.Normalise("Fp1"));
    }
}
