using SleepFM.Evaluation.Ablation;
using SleepFM.Models;
using SleepFM.Tasks;
using SleepFM.Tests.Fixtures;
using SleepFM.Tests.Training.FineTuning;
using SleepFM.Training.FineTuning;

namespace SleepFM.Tests.Evaluation.Ablation;

[Collection("Torch")]
public class ChannelAblationTests
{
    static readonly string[] Montage19 =
        ["Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T3", "C3", "Cz", "C4", "T4", "T5", "P3", "Pz", "P4", "T6", "O1", "O2"];

    [Fact]
    public void Subsets_cover_every_size_with_the_full_montage_once_and_are_reproducible()
    {
        var draws = ChannelSubsets.Draw(Montage19, 5, SubsetStrategy.Random, seed: 42);

        Assert.Equal(18 * 5 + 1, draws.Count);
        Assert.Single(draws, d => d.K == 19);
        Assert.All(draws, d => Assert.Equal(d.K, d.Indices.Distinct().Count()));
        Assert.Equal(draws.Select(d => string.Join(",", d.Indices)), ChannelSubsets.Draw(Montage19, 5, SubsetStrategy.Random, 42).Select(d => string.Join(",", d.Indices)));
        Assert.NotEqual(draws.Select(d => string.Join(",", d.Indices)), ChannelSubsets.Draw(Montage19, 5, SubsetStrategy.Random, 43).Select(d => string.Join(",", d.Indices)));
    }

    [Fact]
    public void Region_subsets_take_whole_regions_first()
    {
        var draws = ChannelSubsets.Draw(Montage19, 3, SubsetStrategy.Region, seed: 1);
        var regions = Montage19.Select(ChannelSubsets.Region).ToArray();

        // A subset as large as one region's channels never mixes two regions when that region fits.
        foreach (var (k, indices) in draws.Where(d => d.K == 2))
            Assert.Single(indices.Select(i => regions[i]).Distinct());
        Assert.Equal("frontal", ChannelSubsets.Region("EEG FP1-REF"));
        Assert.Equal("temporal", ChannelSubsets.Region("T3"));
        Assert.Equal("occipital", ChannelSubsets.Region("O2-M1"));
    }

    [Fact]
    public void Student_t_matches_scipy()
    {
        Assert.Equal(2.7764, StudentT.Critical95(4), 4);   // scipy.stats.t.ppf(0.975, 4)
        Assert.Equal(12.7062, StudentT.Critical95(1), 4);
        Assert.Equal(1.96, StudentT.Critical95(500), 2);
    }

    [Fact]
    public void A_sweep_scores_every_subset_and_the_full_montage_equals_the_unablated_score()
    {
        using var temp = new TempDirectory();
        var data = new ToyDownstreamData(TaskCatalog.Tuab, perSplit: 24);
        var config = new FineTuningConfig
        {
            Regime = SleepFM.Evaluation.Reporting.Regime.Scratch, Encoder = EncoderConfig.Tiny,
            Head = new() { ProjectionDim = 16, HiddenDim = 16, PositionGroups = 4, PositionKernel = 5 },
            LearningRate = 3e-3, MaxEpochs = 3, Threads = 1,
        };
        var run = new FineTuner(config, data, null).Run(seed: 1, bestModelPath: temp.File("model.bin"));
        using var model = new DownstreamModel(EncoderConfig.Tiny, config.Head, TaskKind.Binary, 2);
        model.load(temp.File("model.bin"));

        var result = ChannelAblation.Run(model, data, ["C3", "C4", "O1"], [], false, new ChannelAblation.Options(SubsetsPerSize: 5));

        Assert.Equal(3 + 3 + 1, result.Subsets.Count);
        Assert.Equal([1, 2, 3], result.Curve.Select(p => p.ChannelCount));
        Assert.Equal(run.TestMetrics["balanced_accuracy"], result.FullMontageScore, 12);
        Assert.Equal(1.0, result.Curve[^1].FractionOfFull, 12);
        Assert.Equal(result.Curve.First(p => p.ReachesThreshold).ChannelCount, result.FewestChannels);
        Assert.All(result.Curve, p => Assert.InRange(p.Mean, p.CiLower, p.CiUpper));

        ChannelAblation.WriteCsv(temp.File("ablation.csv"), result);
        var lines = File.ReadAllLines(temp.File("ablation.csv"));
        Assert.Equal(1 + 7, lines.Length);
        Assert.StartsWith("task,k,subset,channels,metric,value,mean,ci_lower,ci_upper", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("tuab,3,0,C3|C4|O1,balanced_accuracy,", StringComparison.Ordinal));
    }
}
