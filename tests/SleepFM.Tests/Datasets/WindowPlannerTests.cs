using SleepFM.Datasets;

namespace SleepFM.Tests.Datasets;

public class WindowPlannerTests
{
    [Fact]
    public void FixedStartsDropTheTrailingPartialWindow()
    {
        Assert.Equal([0.0, 60], WindowPlanner.FixedStarts(179.9, 60));
        Assert.Equal([0.0, 60, 120], WindowPlanner.FixedStarts(180, 60));
        Assert.Empty(WindowPlanner.FixedStarts(59.5, 60));
        Assert.Equal([0.0, 30, 60, 90, 120], WindowPlanner.FixedStarts(180, 60, strideSeconds: 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => WindowPlanner.FixedStarts(100, 0));
    }

    [Fact]
    public void EventWindowsAreCentredAndKeptInsideTheRecording()
    {
        var events = new[]
        {
            new EventSpan("FP1-F7", 100, 102, 2),   // centre 101 → start 96
            new EventSpan(null, 1, 2, 0),           // would start at −3.5 → clamped to 0
            new EventSpan("T3-T5", 598, 600, 5),    // would end past 600 → start 590
        };
        var windows = WindowPlanner.EventCentred(events, recordingSeconds: 600, windowSeconds: 10);
        Assert.Equal([0.0, 96, 590], windows.Select(w => w.StartSeconds));
        Assert.Equal([0, 2, 5], windows.Select(w => w.Labels[0]));
        Assert.Equal([null, "FP1-F7", "T3-T5"], windows.Select(w => w.EventChannel));
        Assert.Empty(WindowPlanner.EventCentred(events, recordingSeconds: 5, windowSeconds: 10));
        Assert.Throws<ArgumentException>(() => WindowPlanner.EventCentred([new EventSpan(null, 5, 4, 0)], 600, 10));
    }

    [Fact]
    public void MajorityLabelCountsOverlapAndIgnoresUnscored()
    {
        var epochs = new[]
        {
            new LabelledInterval(0, 30, 0), new LabelledInterval(30, 30, 2), new LabelledInterval(60, 30, 2),
            new LabelledInterval(90, 30, LabelSpace.Unknown), new LabelledInterval(120, 30, LabelSpace.Unknown),
        };
        Assert.Equal(2, WindowPlanner.MajorityLabel(epochs, 20, 60));   // W 10 s, N2 50 s
        Assert.Equal(0, WindowPlanner.MajorityLabel(epochs, 0, 60));    // tie 30/30 → smaller class index
        Assert.Equal(2, WindowPlanner.MajorityLabel(epochs, 60, 60));   // unscored does not vote
        Assert.Equal(LabelSpace.Unknown, WindowPlanner.MajorityLabel(epochs, 90, 60));
    }

    [Theory]
    [InlineData("Sleep stage W", 0)]
    [InlineData("Sleep stage 1", 1)]
    [InlineData("Sleep stage 2", 2)]
    [InlineData("Sleep stage 3", 3)]
    [InlineData("Sleep stage 4", 3)]
    [InlineData("Sleep stage R", 4)]
    [InlineData("Sleep stage ?", -1)]
    [InlineData("N2", 2)]
    [InlineData("rem", 4)]
    [InlineData("5", 4)]
    [InlineData("Movement time", -1)]
    public void SleepStageSpellings(string text, int expected)
    {
        Assert.True(SleepStages.TryParse(text, out int label));
        Assert.Equal(expected, label);
    }

    [Fact]
    public void NonStageAnnotationsAreNotStages() => Assert.False(SleepStages.TryParse("Arousal", out _));
}
