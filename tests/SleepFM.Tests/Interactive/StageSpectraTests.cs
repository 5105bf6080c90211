using SleepFM.Analysis;
using SleepFM.Interactive.Charts;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Tests.Interactive;

/// <summary>Spectra grouped by stage find each stage's own rhythm; the charts carry the fixed stage colours.</summary>
public sealed class StageSpectraTests
{
    const double Rate = 100;

    // Four 30-s epochs: W (10-Hz alpha), N3 (1-Hz delta), W, unscored (40 Hz, must not count anywhere).
    static (float[] Signal, StageTimeline Stages) Night()
    {
        double[] hz = [10, 1, 10, 40];
        var signal = new float[(int)(4 * 30 * Rate)];
        for (int i = 0; i < signal.Length; i++) signal[i] = (float)(20 * Math.Sin(2 * Math.PI * hz[i / 3000] * i / Rate));
        return (signal, new StageTimeline(30, [SleepStage.Wake, SleepStage.N3, SleepStage.Wake, null]));
    }

    static double PeakHz(StageSpectrum s) => s.FrequenciesHz[Array.IndexOf(s.Density, s.Density.Max())];

    [Fact]
    public void Epochs_are_averaged_per_stage_and_unscored_epochs_are_left_out()
    {
        var (signal, stages) = Night();

        var spectra = EpochSpectra.ByStage(signal, Rate, stages);

        Assert.Equal([SleepStage.Wake, SleepStage.N3], spectra.Select(s => s.Stage).ToArray());
        Assert.Equal([2, 1], spectra.Select(s => s.EpochCount).ToArray());
        Assert.Equal(10, PeakHz(spectra[0]), 0);
        Assert.Equal(1, PeakHz(spectra[1]), 0);
        Assert.All(spectra, s => Assert.True(s.Density[Array.FindIndex(s.FrequenciesHz, f => f >= 40)] < 1e-3 * s.Density.Max()));
        Assert.Equal(256, EpochSpectra.DefaultSegmentLength(Rate, 30));   // ≤ 4 s of samples
    }

    [Fact]
    public void Spectra_chart_has_one_log_scaled_line_per_stage_in_the_stage_colours()
    {
        var (signal, stages) = Night();

        var chart = StageSpectra.ByStage(EpochSpectra.ByStage(signal, Rate, stages), "C4-M1", maxHz: 30);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["W (n=2)", "N3 (n=1)"], traces.Select(t => t.Name()!).ToArray());
        Assert.Equal(SleepStageColours.ByStage[SleepStage.Wake], traces[0].GetProperty("line").GetProperty("color").GetString());
        Assert.Equal(SleepStageColours.ByStage[SleepStage.N3], traces[1].GetProperty("line").GetProperty("color").GetString());
        Assert.True(traces[0].Numbers("x").Max() <= 30 && traces[0].Numbers("x").Min() > 0);
        var layout = ChartJson.Layout(chart);
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("frequency (Hz)", layout.AxisTitle("xaxis"));
    }

    [Fact]
    public void Spectrogram_is_a_heatmap_of_frequency_by_epoch_above_the_hypnogram()
    {
        var (signal, stages) = Night();

        var chart = StageSpectra.Spectrogram(EpochSpectra.Spectrogram(signal, Rate), stages, "C4-M1", maxHz: 30);

        var traces = ChartJson.Traces(chart);
        var heatmap = traces.Single(t => t.Type() == "heatmap");
        Assert.Equal([15.0, 45, 75, 105], heatmap.Numbers("x"));
        int bins = heatmap.Length("y");
        Assert.Equal(77, bins);   // 0 … 29.7 Hz in steps of 100/256 Hz
        Assert.Equal(bins, heatmap.GetProperty("z").GetArrayLength());
        Assert.Equal(4, heatmap.GetProperty("z")[0].GetArrayLength());
        Assert.Contains(traces, t => t.Name() == "hypnogram");
    }
}
