using System.Text.Json;
using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Edf;

/// <summary>Files from EdfWriter, read by MNE (tests/python/edf_mne_read.py): labels, rate, data within quantisation, annotations.</summary>
public sealed class EdfMneInteropTests
{
    [PythonFact("mne")]
    public void Mne_reads_the_edf_plus_the_writer_wrote() => MneReadsWhatTheWriterWrote(bdf: false);

    [PythonFact("mne")]
    public void Mne_reads_the_bdf_plus_the_writer_wrote() => MneReadsWhatTheWriterWrote(bdf: true);

    static void MneReadsWhatTheWriterWrote(bool bdf)
    {
        using var dir = new TempDirectory();
        string path = dir.File(bdf ? "written.bdf" : "written.edf");
        const int Seconds = 8, Rate = 200;
        var data = new[]
        {
            EdfTestData.Signal(Seconds * Rate, Rate, 11, amplitude: 80),
            EdfTestData.Signal(Seconds * Rate, Rate, 12, amplitude: 300),
            EdfTestData.Signal(Seconds * Rate, Rate, 13, amplitude: 1.2),
        };
        var settings = new EdfWriterSettings
        {
            Signals =
            [
                new EdfSignalSpec { Label = "EEG Fpz-Cz", SampleRateHz = Rate, PhysicalMin = -100, PhysicalMax = 100 },
                new EdfSignalSpec { Label = "EOG", SampleRateHz = Rate, PhysicalMin = -400, PhysicalMax = 400 },
                new EdfSignalSpec { Label = "ECG", SampleRateHz = Rate, PhysicalMin = -1.5, PhysicalMax = 1.5, PhysicalDimension = "mV" },
            ],
            RecordDurationSeconds = 1,
            StartDateTime = new DateTime(2020, 6, 1, 23, 30, 5),
            Bdf = bdf,
            Annotations =
            [
                new EdfAnnotation(0, 30, "Sleep stage W"),
                new EdfAnnotation(2.125, 0.5, "Arousal"),
                new EdfAnnotation(7.5, null, "Lights on"),
            ],
        };
        EdfWriter.Write(path, settings, data);

        var (exitCode, stdout, stderr) = PythonReference.RunScript("edf_mne_read.py", path);
        Assert.True(exitCode == 0, stderr);
        var mne = JsonDocument.Parse(stdout).RootElement;

        Assert.Equal(["EEG Fpz-Cz", "EOG", "ECG"], mne.GetProperty("ch_names").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Rate, mne.GetProperty("sfreq").GetDouble());
        Assert.Equal(Seconds * Rate, mne.GetProperty("n_times").GetInt32());
        Assert.Equal("2020-06-01 23:30:05", mne.GetProperty("meas_date").GetString());

        using var edf = EdfFile.Open(path);
        var channels = mne.GetProperty("data_microvolts").EnumerateArray().ToArray();
        for (int c = 0; c < 3; c++)
        {
            var mneValues = channels[c].EnumerateArray().Select(e => e.GetDouble()).ToArray();
            double toMicrovolts = edf.Signals[c].ScaleToMicrovolts!.Value;
            double halfStepMicrovolts = Math.Abs(edf.Signals[c].Gain) * toMicrovolts / 2;
            // MNE's values are what was written, within quantisation…
            double worst = data[c].Zip(mneValues, (x, m) => Math.Abs(x * toMicrovolts - m)).Max();
            Assert.True(worst <= halfStepMicrovolts * (1 + 1e-6), $"channel {c}: {worst} µV > {halfStepMicrovolts}");
            // …and agree with this reader to floating-point precision.
            var ours = edf.ReadPhysical(c);
            Assert.All(ours.Zip(mneValues), p => Assert.Equal(p.First * toMicrovolts, p.Second, 1e-6 * Math.Max(1, Math.Abs(p.Second))));
        }

        var annotations = mne.GetProperty("annotations").EnumerateArray()
            .Select(a => a.EnumerateArray().ToArray()).Select(a => (a[0].GetDouble(), a[1].GetDouble(), a[2].GetString())).ToArray();
        // MNE reports a missing duration as 0.
        Assert.Equal([(0.0, 30.0, "Sleep stage W"), (2.125, 0.5, "Arousal"), (7.5, 0.0, "Lights on")], annotations);
    }
}
