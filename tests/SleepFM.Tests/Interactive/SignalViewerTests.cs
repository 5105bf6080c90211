using SleepFM.Analysis;
using SleepFM.Interactive.Charts;
using SleepFM.IO.Edf;
using SleepFM.IO.Inspection;
using SleepFM.Synthetic.Sleep;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Interactive;

/// <summary>The signal viewer reads only its window, decimates, and draws channels, hypnogram and events.</summary>
public sealed class SignalViewerTests
{
    static string WriteNight(TempDirectory dir, double seconds = 300)
    {
        var path = dir.File("night.edf");
        int eegRate = 100, respRate = 10;
        var eeg = Enumerable.Range(0, (int)(seconds * eegRate)).Select(i => 50 * Math.Sin(2 * Math.PI * 10 * i / eegRate)).ToArray();
        var resp = Enumerable.Range(0, (int)(seconds * respRate)).Select(i => 90 + 5 * Math.Sin(2 * Math.PI * 0.2 * i / respRate)).ToArray();
        var stages = new[] { "Sleep stage W", "Sleep stage 1", "Sleep stage 2", "Sleep stage 3", "Sleep stage R", "Sleep stage 2", "Sleep stage ?", "Sleep stage 2", "Sleep stage 2", "Sleep stage W" };
        var annotations = stages.Select((s, i) => new EdfAnnotation(30 * i, 30, s)).ToList();
        annotations.Add(new EdfAnnotation(65, 15, "Obstructive Apnea"));
        annotations.Add(new EdfAnnotation(100, 3, "Arousal"));
        EdfWriter.Write(path, new EdfWriterSettings
        {
            Signals =
            [
                new EdfSignalSpec { Label = "EEG C4-M1", SampleRateHz = eegRate, PhysicalMin = -200, PhysicalMax = 200, PhysicalDimension = "uV" },
                new EdfSignalSpec { Label = "SpO2", SampleRateHz = respRate, PhysicalMin = 0, PhysicalMax = 100, PhysicalDimension = "%" },
            ],
            Annotations = annotations,
        }, [eeg, resp]);
        return path;
    }

    [Fact]
    public void A_window_of_a_file_has_a_row_per_channel_with_units_a_hypnogram_and_event_overlays()
    {
        using var dir = new TempDirectory();
        var chart = SignalViewer.FromFile(WriteNight(dir), startSeconds: 60, durationSeconds: 60, widthPixels: 400);

        var traces = ChartJson.Traces(chart);
        var layout = ChartJson.Layout(chart);
        var eeg = traces.Single(t => t.Name() == "EEG C4-M1");
        var spo2 = traces.Single(t => t.Name() == "SpO2");
        // 6000 EEG samples in the window → min/max of 400 buckets; 600 SpO2 samples fit whole.
        Assert.Equal(800, eeg.Length("y"));
        Assert.Equal(600, spo2.Length("y"));
        Assert.InRange(eeg.Numbers("x")[0], 60, 60.15);   // within the first of 400 buckets of 0.15 s
        Assert.True(eeg.Numbers("x")[^1] < 120);
        Assert.Equal(50 * Math.Sin(0.4 * Math.PI), eeg.Numbers("y").Max(), 1);   // the sampled peaks survive decimation
        // Channel names and units sit left of their rows; the strip is taller than a signal row.
        var labels = layout.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(["<b>EEG C4-M1</b><br>µV", "<b>SpO2</b><br>%"], labels.Select(a => a.GetProperty("text").GetString()!).ToArray());
        Assert.Equal(["y domain", "y2 domain"], labels.Select(a => a.GetProperty("yref").GetString()!).ToArray());
        double Height(string axis) => layout.GetProperty(axis).GetProperty("domain")[1].GetDouble() - layout.GetProperty(axis).GetProperty("domain")[0].GetDouble();
        Assert.True(Height("yaxis3") > 1.5 * Height("yaxis"));
        Assert.Equal("time (s)", layout.AxisTitle("xaxis"));
        Assert.Equal([60.0, 120], layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray());

        // Epochs 2 (N2) and 3 (N3) cover 60–120 s: a step line on the stage categories.
        var hypnogram = traces.Where(t => t.Name() == "hypnogram").ToList();
        Assert.Equal(["N2", "N2", "N3", "N3"], hypnogram.SelectMany(t => t.Strings("y")).ToArray());
        Assert.Equal([60.0, 90, 90, 120], hypnogram.SelectMany(t => t.Numbers("x")).ToArray());
        Assert.Equal(["N3", "N2", "N1", "REM", "W", "events"], layout.GetProperty("yaxis3").GetProperty("categoryarray").EnumerateArray().Select(v => v.GetString()!).ToArray());

        // The apnea (65–80 s) and the arousal (100–103 s): legend traces and shaded bands across every row.
        Assert.Contains(traces, t => t.Name() == "apnea");
        Assert.Contains(traces, t => t.Name() == "arousal");
        var shapes = layout.GetProperty("shapes").EnumerateArray().ToList();
        Assert.Equal(2, shapes.Count);
        Assert.Equal(65, shapes[0].GetProperty("x0").GetDouble());
        Assert.Equal(80, shapes[0].GetProperty("x1").GetDouble());
        Assert.Equal("paper", shapes[0].GetProperty("yref").GetString());
    }

    [Fact]
    public void Channel_filter_picks_and_orders_channels_by_label_or_name_and_rejects_unknown_ones()
    {
        using var dir = new TempDirectory();
        var path = WriteNight(dir);

        var traces = ChartJson.Traces(SignalViewer.FromFile(path, 0, 30, channels: ["spo2", "C4-M1"]));
        Assert.Equal(["SpO2", "EEG C4-M1"], traces.Where(t => t.Name() is "SpO2" or "EEG C4-M1").Select(t => t.Name()!).ToArray());

        var error = Assert.Throws<ArgumentException>(() => SignalViewer.FromFile(path, 0, 30, channels: ["O2-M1"]));
        Assert.Contains("O2-M1", error.Message);
    }

    [Fact]
    public void Unscored_epochs_break_the_hypnogram_line_instead_of_bridging_it()
    {
        var stages = new StageTimeline(30, [SleepStage.N2, null, SleepStage.Rem]);
        var channel = new SignalChannel("EEG", "µV", 10, new float[900]);

        var traces = ChartJson.Traces(SignalViewer.Create([channel], stages: stages));

        var hypnogram = traces.Where(t => t.Name() == "hypnogram").ToList();
        Assert.Equal(2, hypnogram.Count);
        Assert.Equal(["N2", "N2"], hypnogram[0].Strings("y"));
        Assert.Equal(["REM", "REM"], hypnogram[1].Strings("y"));
        Assert.Equal([60.0, 90], hypnogram[1].Numbers("x"));
    }

    [Fact]
    public void Min_max_decimation_keeps_extremes_in_time_order_and_short_signals_whole()
    {
        var samples = new float[1000];
        samples[123] = 9;
        samples[124] = -7;
        var (t, v) = MinMaxDecimation.Decimate(samples, 100, 5, buckets: 10);
        Assert.True(v.Length <= 20);
        Assert.Contains(9f, v);
        Assert.Contains(-7f, v);
        Assert.Equal(t.Order().ToArray(), t);
        Assert.Equal(5 + 1.23, t[Array.IndexOf(v, 9f)], 9);

        var (t2, v2) = MinMaxDecimation.Decimate(samples.AsSpan(0, 20), 100, 0, buckets: 10);
        Assert.Equal(20, v2.Length);
        Assert.Equal(0.19, t2[^1], 9);
    }

    [Fact]
    public void Stage_timeline_reads_sleep_edf_annotations_and_ignores_events()
    {
        var timeline = StageTimeline.FromAnnotations(
        [
            (0, 60, "Sleep stage W"), (60, 30, "Sleep stage 4"), (90, null, "Sleep stage R"), (95, 10, "Arousal"), (120, 30, "Sleep stage ?"),
        ]);

        Assert.Equal([SleepStage.Wake, SleepStage.Wake, SleepStage.N3, SleepStage.Rem, null], timeline.Stages.ToArray());
        Assert.Equal(SleepStage.N3, timeline.StageAt(75));
        Assert.Null(timeline.StageAt(1000));
    }
}
