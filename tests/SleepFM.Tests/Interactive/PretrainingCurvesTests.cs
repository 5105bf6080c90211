using SleepFM.Analysis;
using SleepFM.Interactive.Charts;
using SleepFM.Interactive.Formatters;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.Pretraining;

namespace SleepFM.Tests.Interactive;

/// <summary>history.csv reads back by column name; the curves and the history table show every epoch.</summary>
public sealed class PretrainingCurvesTests
{
    static readonly EpochRecord[] History =
    [
        new(0, 10, 2.5, 2.4, 0.10, 0.40, 2.65, 1e-3, 3.5),
        new(1, 20, 2.0, 2.1, 0.25, 0.60, 2.70, 8e-4, 3.4),
        new(2, 30, 1.6, 2.2, 0.30, 0.70, 2.80, 5e-4, 3.6),
    ];

    [Fact]
    public void Curves_have_loss_and_retrieval_per_epoch_with_chance_lines()
    {
        var chart = PretrainingCurves.Create(History, retrievalCandidates: 16);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["train loss", "validation loss", "retrieval top-1", "retrieval top-5", "chance top-1 (1/16)", "chance top-5 (5/16)"],
            traces.Select(t => t.Name()!).ToArray());
        Assert.Equal([1.0, 2, 3], traces[0].Numbers("x"));
        Assert.Equal([2.4, 2.1, 2.2], traces[1].Numbers("y"));
        Assert.Equal([1.0 / 16, 1.0 / 16], traces[4].Numbers("y"));
        Assert.Equal([5.0 / 16, 5.0 / 16], traces[5].Numbers("y"));
        Assert.Equal("dash", traces[5].GetProperty("line").GetProperty("dash").GetString());
        var layout = ChartJson.Layout(chart);
        Assert.Equal("contrastive loss", layout.AxisTitle("yaxis"));
        Assert.Equal("held-out retrieval accuracy", layout.AxisTitle("yaxis2"));

        Assert.Equal(4, ChartJson.Traces(PretrainingCurves.Create(History)).Count);
        Assert.Throws<ArgumentException>(() => PretrainingCurves.Create([]));
    }

    [Fact]
    public void History_csv_is_read_by_column_name_from_a_file_or_run_folder()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("history.csv"),
            "epoch,step,train_loss,validation_loss,retrieval_top1,retrieval_top5,log_scale,learning_rate,seconds\n" +
            "0,10,2.5,2.4,0.1,0.4,2.65,0.001,3.5\n1,20,2,2.1,0.25,0.6,2.7,0.0008,3.4\n");

        var records = PretrainingHistory.Read(dir.Path);

        Assert.Equal(History[..2], records);
        File.WriteAllText(dir.File("bad.csv"), "epoch,step\n0,1\n");
        Assert.Throws<InvalidDataException>(() => PretrainingHistory.Read(dir.File("bad.csv")));
    }

    [Fact]
    public void The_held_out_size_chance_and_within_night_retrieval_are_read_and_drawn_when_recorded()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("history.csv"),
            "epoch,step,train_loss,validation_loss,retrieval_top1,retrieval_top5,log_scale,learning_rate,seconds," +
            "held_out_clips,retrieval_chance_top1,night_retrieval_top1,night_retrieval_top5,night_chance_top1\n" +
            "0,10,2.5,2.4,0.01,0.04,2.65,0.001,3.5,576,0.001736111,0.02,0.09,0.006944444\n");

        var record = Assert.Single(PretrainingHistory.Read(dir.Path));
        var traces = ChartJson.Traces(PretrainingCurves.FromRun(dir.Path));

        Assert.Equal(576, record.HeldOutClips);
        Assert.Equal(0.02, record.NightRetrievalTop1);
        Assert.Equal(0.006944444, record.NightRetrievalChanceTop1);
        var names = traces.Select(t => t.Name()!).ToList();
        Assert.Contains("top-1 within the night", names);
        Assert.Contains("chance within the night", names);
        Assert.Contains("chance top-1 (1/576)", names);   // N from the recorded chance, no argument needed
    }

    [Fact]
    public void History_formatter_shows_the_curves_and_a_row_per_epoch_with_the_best_validation_loss_highlighted()
    {
        var html = TrainingHistoryFormatter.ToHtml(History, chart => "<div id=\"chart\"></div>");

        Assert.StartsWith("<div class=\"sleepfm-history\"><div id=\"chart\"></div><table", html, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<tr( class=\"highlight\"[^>]*)?><td").Count);
        var highlighted = System.Text.RegularExpressions.Regex.Match(html, "<tr class=\"highlight\"[^>]*><td[^>]*>(\\d+)</td>").Groups[1].Value;
        Assert.Equal("2", highlighted);   // epoch 2 has the lowest validation loss
        Assert.Contains(">validation loss<", html);
        Assert.DoesNotContain("EpochRecord", html);
    }
}
