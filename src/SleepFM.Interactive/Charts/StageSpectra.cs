using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Analysis;
using SleepFM.IO.Edf;
using SleepFM.Synthetic.Sleep;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// Power spectra by sleep stage (Welch per 30-s epoch, averaged per stage, log power against Hz, one line per
/// stage in the fixed stage colours) and a one-channel spectrogram above its hypnogram.
/// </summary>
public static class StageSpectra
{
    /// <summary>Mean spectra per stage.</summary>
    /// <param name="spectra">From <see cref="EpochSpectra.ByStage"/>.</param>
    /// <param name="channel">Channel name for the title.</param>
    /// <param name="unit">Signal unit (the PSD is unit²/Hz).</param>
    /// <param name="maxHz">Highest frequency shown.</param>
    public static GenericChart ByStage(IReadOnlyList<StageSpectrum> spectra, string channel, string unit = "µV", double maxHz = 30)
    {
        ArgumentNullException.ThrowIfNull(spectra);
        if (spectra.Count == 0) throw new ArgumentException("No scored epoch: nothing to draw.", nameof(spectra));
        var lines = spectra.Select(s =>
        {
            var keep = Enumerable.Range(0, s.FrequenciesHz.Length).Where(k => s.FrequenciesHz[k] > 0 && s.FrequenciesHz[k] <= maxHz).ToList();
            return CSharpChart.Line<double, double, string>(x: keep.Select(k => s.FrequenciesHz[k]), y: keep.Select(k => s.Density[k]),
                Name: $"{SleepStageText.ShortName(s.Stage)} (n={s.EpochCount})", LineColor: Color.fromString(SleepStageColours.ByStage[s.Stage]));
        });
        return CSharpChart.Combine(lines)
            .WithXAxisStyle<double, double, string>(TitleText: "frequency (Hz)")
            .WithYAxisStyle<double, double, string>(TitleText: $"power ({unit}²/Hz, log scale)", AxisType: StyleParam.AxisType.Log)
            .WithTitle($"{channel} · power spectrum by sleep stage (Welch, 30-s epochs)")
            .WithSize(760, 460);
    }

    /// <summary>Reads one channel of a night and draws its spectra by stage.</summary>
    /// <param name="path">EDF/EDF+ recording.</param>
    /// <param name="channel">Channel label.</param>
    /// <param name="stages">Stages; null = the file's own stage annotations.</param>
    /// <param name="maxHz">Highest frequency shown.</param>
    /// <exception cref="ArgumentException">No such channel, or no stages.</exception>
    public static GenericChart ByStageFromFile(string path, string channel, StageTimeline? stages = null, double maxHz = 30)
    {
        var (samples, rate, unit, timeline, label) = ReadChannel(path, channel, stages);
        return ByStage(EpochSpectra.ByStage(samples, rate, timeline), label, unit, maxHz);
    }

    /// <summary>A spectrogram (dB) with the hypnogram below on the same time axis.</summary>
    /// <param name="spectrogram">From <see cref="EpochSpectra.Spectrogram"/>.</param>
    /// <param name="stages">Stages, or null for no strip.</param>
    /// <param name="channel">Channel name for the title.</param>
    /// <param name="unit">Signal unit.</param>
    /// <param name="maxHz">Highest frequency shown.</param>
    public static GenericChart Spectrogram(Analysis.Spectrogram spectrogram, StageTimeline? stages, string channel, string unit = "µV", double maxHz = 30)
    {
        ArgumentNullException.ThrowIfNull(spectrogram);
        var bins = Enumerable.Range(0, spectrogram.FrequenciesHz.Length).Where(k => spectrogram.FrequenciesHz[k] <= maxHz).ToList();
        // z[frequency][time]: Plotly's rows are y.
        var z = bins.Select(k => spectrogram.Density.Select(column => 10 * Math.Log10(Math.Max(column[k], 1e-30))).ToArray()).ToArray();
        var heatmap = CSharpChart.Heatmap<double, double, double, string>(zData: z, X: Opt.Of<IEnumerable<double>>(spectrogram.TimesSeconds),
                Y: Opt.Of<IEnumerable<double>>(bins.Select(k => spectrogram.FrequenciesHz[k]).ToList()), Name: "power",
                ColorBar: DbColourBar(unit), ColorScale: StyleParam.Colorscale.Viridis)
            .WithYAxisStyle<double, double, string>(TitleText: "frequency (Hz)");
        var rows = new List<GenericChart> { heatmap };
        if (stages is not null && !stages.IsEmpty)
        {
            double half = spectrogram.TimesSeconds.Length > 1 ? (spectrogram.TimesSeconds[1] - spectrogram.TimesSeconds[0]) / 2 : stages.EpochSeconds / 2;
            rows.Add(HypnogramStrip.StyleAxis(CSharpChart.Combine(HypnogramStrip.Traces(stages, spectrogram.TimesSeconds[0] - half, spectrogram.TimesSeconds[^1] + half, showLegend: false)), withEvents: false));
        }
        return CSharpChart.Grid(rows, rows.Count, 1, Pattern: StyleParam.LayoutGridPattern.Coupled)
            .WithRowHeights(rows.Count == 1 ? [1.0] : [2.0, 1.0], gapFraction: 0.06)
            .WithXAxisStyle<double, double, string>(TitleText: "time (s)")
            .WithTitle($"{channel} · spectrogram (Welch per 30-s epoch)")
            .WithSize(1000, rows.Count == 1 ? 420 : 560);
    }

    /// <summary>Reads one channel of a night and draws its spectrogram with the hypnogram.</summary>
    public static GenericChart SpectrogramFromFile(string path, string channel, StageTimeline? stages = null, double maxHz = 30)
    {
        var (samples, rate, unit, timeline, label) = ReadChannel(path, channel, stages, requireStages: false);
        return Spectrogram(EpochSpectra.Spectrogram(samples, rate, timeline.EpochSeconds), timeline.IsEmpty ? null : timeline, label, unit, maxHz);
    }

    static ColorBar DbColourBar(string unit)
    {
        var bar = new ColorBar();
        bar.SetProperty("title", LayoutExtras.Object(("text", $"dB ({unit}²/Hz)")));
        // Beside the heatmap only (the top two thirds), not the hypnogram strip.
        bar.SetProperty("len", 0.62);
        bar.SetProperty("y", 1.0);
        bar.SetProperty("yanchor", "top");
        return bar;
    }

    static (float[] Samples, double Rate, string Unit, StageTimeline Stages, string Label) ReadChannel(string path, string channel, StageTimeline? stages, bool requireStages = true)
    {
        using var recording = EdfFile.Open(path);
        int index = recording.IndexOf(channel);
        if (index < 0) throw new ArgumentException($"{path} has no channel '{channel}'.", nameof(channel));
        var signal = recording.Signals[index];
        bool volts = signal.ScaleToMicrovolts is not null;
        var samples = volts ? recording.ReadMicrovolts(index) : recording.ReadPhysicalSingle(index);
        var timeline = stages ?? StageTimeline.FromEdfAnnotations(recording.Annotations);
        if (requireStages && timeline.IsEmpty) throw new ArgumentException($"{path} has no sleep-stage annotations; pass the stages.", nameof(stages));
        return (samples, signal.SampleRateHz, volts ? "µV" : signal.PhysicalDimension.Trim(), timeline, signal.Label.Trim());
    }
}
