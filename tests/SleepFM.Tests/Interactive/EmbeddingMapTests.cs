using SleepFM.Analysis;
using SleepFM.Datasets;
using SleepFM.Interactive.Charts;
using SleepFM.Models;
using SleepFM.Pipeline;
using SleepFM.Runtime;
using SleepFM.Tests.Datasets;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Interactive;

/// <summary>Clip embeddings from a saved encoder over a prepared PSG folder, and their PCA map.</summary>
[Collection("Torch")]
public sealed class EmbeddingMapTests
{
    static (TempDirectory Dir, string Prepared, string Run) Setup()
    {
        var dir = new TempDirectory();
        string source = Path.Combine(dir.Path, "source"), prepared = Path.Combine(dir.Path, "prepared"), run = Path.Combine(dir.Path, "run");
        PsgTestData.WriteSyntheticWorld(source, subjects: 2, seconds: 150);
        PrepareRunner.Run(new PrepareOptions { Recipe = new PsgRecipe(windowSeconds: 30), SourceDirectory = source, OutputDirectory = prepared, Workers = 1, Partition = PartitionSpec.All });
        Directory.CreateDirectory(run);
        TorchRuntime.Seed(5, 1);
        using var encoder = new ChannelAgnosticEncoder(EncoderConfig.Tiny);
        encoder.SaveWeights(Path.Combine(run, "encoder.bin"));
        File.WriteAllText(Path.Combine(run, "encoder.json"), EncoderConfig.Tiny.ToJson());
        return (dir, prepared, run);
    }

    [Fact]
    public void Embeddings_cover_every_clip_and_modality_with_the_index_stage_and_are_deterministic()
    {
        var (dir, prepared, run) = Setup();
        using var _ = dir;

        var embeddings = ClipEmbeddings.Compute(run, prepared, new ClipEmbeddings.Options(MaxClips: 100, BatchSize: 3));
        var again = ClipEmbeddings.Compute(run, prepared, new ClipEmbeddings.Options(MaxClips: 100, BatchSize: 4));

        var dataset = PreparedDataset.Open(prepared);
        int modalities = dataset.Info.MaxChannelsPerModality.Count;
        Assert.Equal(dataset.Windows.Count * modalities, embeddings.Count);   // every test clip has every modality
        Assert.All(embeddings, e => Assert.Equal(EncoderConfig.Tiny.EmbeddingDim, e.Vector.Length));
        // The synthetic nights cycle W, N1, N2, N3, REM per 30-s epoch; a 30-s clip has exactly its epoch's stage.
        foreach (var e in embeddings)
        {
            var window = dataset.Windows[(int)e.WindowId];
            Assert.Equal(SleepStages.ClassNames[window.Labels[0]], e.Stage);
        }
        Assert.Equal(embeddings.Select(e => (e.WindowId, e.Modality)), again.Select(e => (e.WindowId, e.Modality)));
        Assert.All(embeddings.Zip(again), p => Assert.Equal(p.First.Vector, p.Second.Vector, (a, b) => Math.Abs(a - b) < 1e-5f));

        var sample = ClipEmbeddings.Compute(run, prepared, new ClipEmbeddings.Options(MaxClips: 4));
        Assert.Equal(4, sample.Select(e => e.WindowId).Distinct().Count());
    }

    [Fact]
    public void Map_has_one_trace_per_stage_in_stage_order_with_hover_text_and_variance_in_axis_titles()
    {
        var (dir, prepared, run) = Setup();
        using var _ = dir;
        var embeddings = ClipEmbeddings.Compute(run, prepared);

        var byStage = EmbeddingMap.Create(embeddings, EmbeddingColouring.Stage);
        var traces = ChartJson.Traces(byStage);
        var stages = traces.Select(t => t.Name()!.Split(' ')[0]).ToArray();
        Assert.Equal(SleepStageColours.Names.Where(stages.Contains).ToArray(), stages);
        Assert.Equal(embeddings.Count, traces.Sum(t => t.Length("x")));
        Assert.All(traces, t => Assert.Equal(SleepStageColours.Of(t.Name()!.Split(' ')[0]), t.GetProperty("marker").GetProperty("color").GetString()));
        Assert.Contains("clip ", traces[0].Strings("text")[0]);
        Assert.Matches(@"^PC1 \(\d+\.\d% of variance\)$", ChartJson.Layout(byStage).AxisTitle("xaxis"));

        var byModality = ChartJson.Traces(EmbeddingMap.Create(embeddings, EmbeddingColouring.Modality));
        Assert.Equal(embeddings.Select(e => e.Modality).Distinct().Order(StringComparer.Ordinal).ToArray(), byModality.Select(t => t.Name()!.Split(' ')[0]).ToArray());
    }

    [Fact]
    public void Missing_encoder_files_are_named()
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<FileNotFoundException>(() => ClipEmbeddings.Compute(dir.Path, dir.Path));
        Assert.Contains("encoder.bin", error.Message);
    }
}
