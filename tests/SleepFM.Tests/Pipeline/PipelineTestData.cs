using SleepFM.Datasets;
using SleepFM.IO.Edf;
using SleepFM.Pipeline;
using SleepFM.Tests.Datasets;

namespace SleepFM.Tests.Pipeline;

/// <summary>Prepared datasets for loader tests.</summary>
public static class PipelineTestData
{
    /// <summary>
    /// Three nights: <c>a</c> full montage (7 channels), <c>b</c> full montage with a flat chin EMG, <c>c</c> without ECG
    /// (EEG C3-M2, Airflow, Chin EMG: 3 channels). Each <paramref name="seconds"/> long, prepared with 10-s windows.
    /// </summary>
    public static PreparedDataset MixedNights(string root, int seconds = 60, ShardPrecision precision = ShardPrecision.Float16)
    {
        string source = Path.Combine(root, "src"), output = Path.Combine(root, "out");
        PsgTestData.WriteNight(Path.Combine(source, "a.edf"), seconds, 1, annotations: [new EdfAnnotation(0, seconds, "Sleep stage 2")]);
        PsgTestData.WriteNight(Path.Combine(source, "b.edf"), seconds, 2, annotations: [new EdfAnnotation(0, seconds, "Sleep stage R")], flatChannels: "Chin EMG");
        PsgTestData.WriteNight(Path.Combine(source, "c.edf"), seconds, 3, [("EEG C3-M2", 256, "uV"), ("Airflow", 32, "uV"), ("Chin EMG", 256, "uV")]);
        var report = PrepareRunner.Run(new PrepareOptions
        {
            Recipe = new PsgRecipe(windowSeconds: 10),
            SourceDirectory = source,
            OutputDirectory = output,
            Workers = 2,
            Precision = precision,
        });
        if (report.ExitCode != 0) throw new InvalidOperationException(string.Join("; ", report.Failures));
        return PreparedDataset.Open(output);
    }
}
