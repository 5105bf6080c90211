using SleepFM.Evaluation.Reporting;
using SleepFM.Tasks;

namespace SleepFM.Tests.Tasks;

public class TaskCatalogTests
{
    [Fact]
    public void Has_the_papers_eight_tasks_five_eeg_then_three_ecg()
    {
        Assert.Equal(["tuev", "tuab", "tusl", "braincapture", "chbmit", "ptbxl", "g12ec", "cpsc"], TaskCatalog.All.Select(t => t.Id));
        Assert.Equal(5, TaskCatalog.All.Count(t => t.Family == SignalFamily.Eeg));
        Assert.All(TaskCatalog.All.Where(t => t.Family == SignalFamily.Ecg), t => Assert.Equal(TaskKind.Multilabel, t.Kind));
        Assert.Equal(6, TaskCatalog.Tuev.Classes.Count);
    }

    [Fact]
    public void Every_task_has_paper_numbers_for_its_headline_metric()
    {
        foreach (var task in TaskCatalog.All)
        {
            var rows = PaperResults.Headline.Where(r => r.TaskId == task.Id).ToList();
            Assert.Contains(rows, r => r.Series == "Scratch");
            Assert.Contains(rows, r => r.Series == "PT");
            Assert.Contains(rows, r => r.Series == "SOTA");
            Assert.All(rows, r => Assert.Equal(task.HeadlineMetric, r.Metric));
        }
    }

    [Fact]
    public void Unknown_ids_are_rejected_with_the_valid_ones_listed()
    {
        Assert.Same(TaskCatalog.ChbMit, TaskCatalog.Get("CHBMIT"));
        var error = Assert.Throws<ArgumentException>(() => TaskCatalog.Get("tuh"));
        Assert.Contains("tuab", error.Message);
    }

    [Theory]
    [InlineData(Regime.Scratch, "scratch", "Scratch")]
    [InlineData(Regime.Pretrained, "pt", "PT")]
    [InlineData(Regime.PretrainedWithPositions, "pt-pe", "PT+PE")]
    [InlineData(Regime.Frozen, "frozen", "Frozen")]
    public void Regimes_round_trip_through_their_ids(Regime regime, string id, string label)
    {
        Assert.Equal(id, regime.Id());
        Assert.Equal(label, regime.Label());
        Assert.Equal(regime, RegimeNames.Parse(id.ToUpperInvariant()));
    }

    [Fact]
    public void An_unknown_regime_names_the_valid_ones()
    {
        Assert.Contains("pt-pe", Assert.Throws<ArgumentException>(() => RegimeNames.Parse("pretrained")).Message);
    }
}
