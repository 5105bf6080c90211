using SleepFM.Synthetic.Downstream;
using SleepFM.Tasks;
using Xunit.Abstractions;

namespace SleepFM.Tests.Synthetic.Downstream;

/// <summary>
/// Every downstream task is learnable but not trivial: a band-power + logistic-regression baseline,
/// cross-validated by subject, scores above chance and clearly below perfect. On quick data, set
/// <c>SLEEPFM_LEARNABILITY_ROOT</c> (benchmarks/learnability/run.sh does) to score that folder instead
/// and write the table to <c>learnability.csv</c> there.
/// </summary>
[Collection(TinyDownstreamCollection.Name)]
public sealed class LearnabilityTests(TinyDownstreamWorld world, ITestOutputHelper output)
{
    [Fact]
    public void Band_power_baseline_is_above_chance_and_below_perfect_on_every_task()
    {
        string root = world.Root;
        string? external = Environment.GetEnvironmentVariable("SLEEPFM_LEARNABILITY_ROOT");
        if (!string.IsNullOrEmpty(external))
        {
            root = external;
            if (!File.Exists(Path.Combine(root, "downstream.json")))
                DownstreamWorld.Generate(root, DownstreamPreset.FromName(Environment.GetEnvironmentVariable("SLEEPFM_LEARNABILITY_PRESET") ?? "quick"), 42);
        }
        var scores = BandPowerBaseline.Score(root);
        var table = string.Join("\n", TaskCatalog.All.Select(t => $"{t.Id},{t.Kind},{1.0 / (t.Kind == TaskKind.Multilabel ? 2 : t.Classes.Count):F3},{scores[t.Id]:F3}"));
        // The networks are not told which channel a TUEV event is on; this row scores the baseline without it too.
        double tuevBlind = BandPowerBaseline.TuevWithoutEventChannel(root);
        table += $"\ntuev-without-event-channel,{TaskKind.Multiclass},{1.0 / TaskCatalog.Tuev.Classes.Count:F3},{tuevBlind:F3}";
        output.WriteLine("task,kind,chance,balanced_accuracy\n" + table);
        if (!string.IsNullOrEmpty(external)) File.WriteAllText(Path.Combine(root, "learnability.csv"), "task,kind,chance,balanced_accuracy\n" + table + "\n");
        foreach (var task in TaskCatalog.All)
        {
            double chance = task.Kind == TaskKind.Multilabel ? 0.5 : 1.0 / task.Classes.Count;
            Assert.True(scores[task.Id] > chance + 0.05, $"{task.Id}: {scores[task.Id]:F3} is not above chance {chance:F3}");
            Assert.True(scores[task.Id] < 0.98, $"{task.Id}: {scores[task.Id]:F3} is too easy for a band-power baseline");
        }
        Assert.True(tuevBlind > 1.0 / TaskCatalog.Tuev.Classes.Count + 0.05, $"tuev without the event channel: {tuevBlind:F3} is not above chance");
    }
}
