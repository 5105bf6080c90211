using SleepFM.Datasets;
using SleepFM.Pipeline;
using SleepFM.Tests.Fixtures;
using SleepFM.Tests.Synthetic.Downstream;

namespace SleepFM.Tests.Datasets.Recipes;

/// <summary>The recipes with unusual windows (event-centred, sub-second offsets, one window per record) go through the pipeline.</summary>
[Collection(TinyDownstreamCollection.Name)]
public sealed class RecipePrepareTests(TinyDownstreamWorld world)
{
    [Theory]
    [InlineData("tuev")]    // event-centred 5-s windows
    [InlineData("chbmit")]  // 18 of 23 channels, one label twice in the file
    [InlineData("ptbxl")]   // one window per record, 100 Hz → 128 Hz
    [InlineData("code15")]  // one window per exam, starting 0.12 s in
    public void Prepares_without_failures_and_keeps_official_test_sets(string id)
    {
        using var temp = new TempDirectory();
        var recipe = DatasetRecipes.Create(id);
        var report = PrepareRunner.Run(new PrepareOptions { Recipe = recipe, SourceDirectory = world.PathOf(id), OutputDirectory = temp.Path, Workers = 2 });
        Assert.True(report.Failures.Count == 0, string.Join("; ", report.Failures));
        var prepared = PreparedDataset.Open(temp.Path);
        int planned = recipe.Enumerate(world.PathOf(id)).Sum(r => { using var o = recipe.Open(r); return o.Windows.Count; });
        Assert.True(planned > 0);
        Assert.Equal(planned, prepared.Windows.Count);
        Assert.Equal(recipe.WindowSeconds * 128, prepared.Info.WindowSamples);
        Assert.Equal(world.Manifest[id].SubjectCount, prepared.Splits.Count);
        Assert.All(prepared.Windows, w => Assert.All(w.Labels, l => Assert.True(l >= 0, $"{w.RecordingId} has an unknown label")));
        var official = recipe.Enumerate(world.PathOf(id)).Where(r => r.OfficialSplit == DataSplit.Test).Select(r => r.SubjectId).ToHashSet();
        Assert.All(official, s => Assert.Equal(DataSplit.Test, prepared.Splits[s]));
        Assert.Contains(DataSplit.Validation, prepared.Splits.Values);
    }
}
