using SleepFM.Interactive.Progress;
using SleepFM.Training.Pretraining;

namespace SleepFM.Tests.Interactive;

/// <summary>In-cell progress throttles its redraws, always shows the last state, and is a no-op outside a kernel.</summary>
public sealed class NotebookProgressTests
{
    sealed class FakeClock : TimeProvider
    {
        public long Ticks;
        public override long TimestampFrequency => 1000;
        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public void Reports_are_throttled_to_five_draws_a_second_and_the_last_one_is_drawn_on_completion()
    {
        var clock = new FakeClock();
        var progress = new NotebookProgress<int>("prepare", i => new ProgressState(i / 100.0, $"{i}/100"), clock);

        for (int i = 1; i <= 99; i++)
        {
            progress.Report(i);
            clock.Ticks += 10;   // a report every 10 ms for about a second
        }
        int during = progress.Draws;
        progress.Complete();

        Assert.InRange(during, 5, 6);
        Assert.Equal(during + 1, progress.Draws);
        Assert.Contains("99/100", progress.Html);
        Assert.Contains("width:99%", progress.Html);
        Assert.False(progress.IsDisplayed);   // no kernel in a test process: nothing shown, nothing thrown

        progress.Report(100);
        Assert.Equal(during + 1, progress.Draws);   // completed bars stay as they are
    }

    [Fact]
    public void A_finished_report_is_drawn_at_once_even_inside_the_throttle_window()
    {
        var clock = new FakeClock();
        var progress = NotebookProgress.Fraction("x");
        var throttled = new NotebookProgress<double>("x", f => new ProgressState(f, ""), clock);
        throttled.Report(0.5);
        throttled.Report(1.0);
        Assert.Equal(2, throttled.Draws);
        progress.Report(0.25);
        Assert.Contains("25%", progress.Html);
    }

    [Fact]
    public void Pretraining_progress_text_and_cell_cancellation_work_without_a_kernel()
    {
        using var progress = NotebookProgress.Pretraining();
        progress.Report(new PretrainingProgress(40, 200, 1, 2.3456, 1e-3, 12.5, TimeSpan.FromSeconds(75)));

        Assert.Contains("step 40/200 · epoch 2 · loss 2.346 · 12.5 clips/s · 00:01:15 left", System.Net.WebUtility.HtmlDecode(progress.Html));
        Assert.Contains("width:20%", progress.Html);
        Assert.Equal(CancellationToken.None, NotebookProgress.CellCancellation());
    }

    [Fact]
    public void Stage_progress_shows_the_share_done_and_the_detail()
    {
        using var progress = NotebookProgress.Stage("fine-tuning");
        progress.Report(new SleepFM.Reproduction.StageProgress(3, 12, "pt seed 2 epoch 4"));

        Assert.Contains("width:25%", progress.Html);
        Assert.Contains("pt seed 2 epoch 4", progress.Html);
    }

    [Fact]
    public void Html_is_encoded_and_unknown_fractions_show_text_only()
    {
        var html = NotebookProgress.Render("<title>", new ProgressState(double.NaN, "a & b"));
        Assert.Contains("&lt;title&gt;", html);
        Assert.Contains("a &amp; b", html);
        Assert.DoesNotContain("width:", html);
    }
}
