using System.Diagnostics;
using System.Text.Json;
using SleepFM.IO.Edf;
using SleepFM.Synthetic;
using SleepFM.Synthetic.Sleep;
using SleepFM.Tests.Fixtures;
using Xunit.Abstractions;

namespace SleepFM.Tests.Synthetic;

/// <summary>The sleep part of the synthetic world: files, determinism, resumability, and what readers see.</summary>
public sealed class SyntheticWorldTests(ITestOutputHelper output)
{
    /// <summary>Tiny generates quickly; the same seed gives byte-identical files, another seed different ones.</summary>
    [Fact]
    public void TinyIsFastAndDeterministicPerSeed()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        using var c = new TempDirectory();
        var clock = Stopwatch.StartNew();
        var manifest = SyntheticWorld.GenerateSleepCohorts(a.Path, SynthesisPreset.Tiny, seed: 42);
        output.WriteLine($"tiny: {manifest.NightsWritten} nights in {clock.Elapsed.TotalSeconds:F2} s");
        Assert.Equal(4, manifest.NightsWritten);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Tiny took {clock.Elapsed}");
        SyntheticWorld.GenerateSleepCohorts(b.Path, SynthesisPreset.Tiny, seed: 42);
        SyntheticWorld.GenerateSleepCohorts(c.Path, SynthesisPreset.Tiny, seed: 43);
        foreach (var file in manifest.EdfFiles)
        {
            string relative = Path.GetRelativePath(a.Path, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(b.Path, relative)));
            Assert.NotEqual(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(c.Path, relative)));
        }
        Assert.Equal(File.ReadAllText(Path.Combine(a.Path, "psg", "shhs-like", "subjects.csv")),
            File.ReadAllText(Path.Combine(b.Path, "psg", "shhs-like", "subjects.csv")));
    }

    /// <summary>A re-run skips complete nights, regenerates missing ones, and a different seed in the same folder is refused.</summary>
    [Fact]
    public void RerunSkipsCompleteNightsAndRefusesMixedWorlds()
    {
        using var dir = new TempDirectory();
        var first = SyntheticWorld.GenerateSleepCohorts(dir.Path, SynthesisPreset.Tiny, seed: 5);
        string victim = first.EdfFiles.First();
        byte[] original = File.ReadAllBytes(victim);
        File.Delete(victim);
        var second = SyntheticWorld.GenerateSleepCohorts(dir.Path, SynthesisPreset.Tiny, seed: 5);
        Assert.Equal(3, second.NightsSkipped);
        Assert.Equal(1, second.NightsWritten);
        Assert.Equal(original, File.ReadAllBytes(victim));
        Assert.Equal(first.Cohorts.Select(c => c.StageEpochs), second.Cohorts.Select(c => c.StageEpochs));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial", SearchOption.AllDirectories));
        Assert.Throws<InvalidOperationException>(() => SyntheticWorld.GenerateSleepCohorts(dir.Path, SynthesisPreset.Tiny, seed: 6));
    }

    /// <summary>The project's EDF reader sees the montage, rates, units and Sleep-EDF stage annotations matching the hypnogram CSV.</summary>
    [Fact]
    public void FilesReadBackWithTheProjectReader()
    {
        using var dir = new TempDirectory();
        var manifest = SyntheticWorld.GenerateSleepCohorts(dir.Path, SynthesisPreset.Tiny, seed: 1);
        foreach (var cohortSummary in manifest.Cohorts)
        {
            var cohort = CohortDefinition.BuiltIn.Single(c => c.Name == cohortSummary.Cohort);
            string edf = cohortSummary.EdfFiles[0];
            using var recording = EdfFile.Open(edf);
            Assert.Equal(EdfFileType.EdfPlusContinuous, recording.Header.FileType);
            Assert.Equal(cohort.Channels.Select(c => c.Label), recording.DataSignals.Select(s => s.Label));
            Assert.Equal(cohort.Channels.Select(c => (double)c.SampleRateHz), recording.DataSignals.Select(s => s.SampleRateHz));
            Assert.Equal(cohort.Channels.Select(c => c.Unit), recording.DataSignals.Select(s => s.PhysicalDimension));
            Assert.Equal(1200, recording.Header.RecordCount);
            var stages = File.ReadAllLines(Path.ChangeExtension(edf, ".hypnogram.csv")).Skip(1).Select(l => l.Split(',')[2]).ToList();
            Assert.Equal(40, stages.Count);
            var fromAnnotations = new string[40];
            foreach (var a in recording.Annotations.Where(a => a.Text.StartsWith("Sleep stage ", StringComparison.Ordinal)))
                for (int e = (int)(a.OnsetSeconds / 30); e < (int)((a.OnsetSeconds + a.DurationSeconds!.Value) / 30); e++)
                    fromAnnotations[e] = SleepStageText.ShortName(SleepStageText.Parse(a.Text)!.Value);
            Assert.Equal(stages, fromAnnotations);
            var spo2 = recording.ReadPhysical(recording.IndexOf(cohort.Channels.Single(c => c.Source == SignalSource.SpO2).Label));
            Assert.InRange(spo2.Average(), 85, 99.5);
            var eeg = recording.ReadPhysical(0);
            double rms = Math.Sqrt(eeg.Average(x => x * x));
            Assert.InRange(rms, 5, 60);
            Assert.True(File.Exists(cohortSummary.SubjectsCsv));
            Assert.Equal(3, File.ReadAllLines(cohortSummary.SubjectsCsv).Length);
        }
        Assert.Equal(80, manifest.Cohorts.Sum(c => c.Clips60s));
    }

    /// <summary>MNE (python3-mne) reads a generated night: labels, rates, samples and the annotations as written.</summary>
    [PythonFact("mne")]
    public void MneReadsTheGeneratedPsgAndAnnotations()
    {
        using var dir = new TempDirectory();
        var manifest = SyntheticWorld.GenerateSleepCohorts(dir.Path, SynthesisPreset.Tiny, seed: 9);
        var summary = manifest.Cohorts.Single(c => c.Cohort == CohortDefinition.ClinicalLike.Name);
        string edf = summary.EdfFiles[0];
        var (code, stdout, stderr) = PythonReference.RunScript("synth_mne_check.py", edf);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        using var ours = EdfFile.Open(edf);
        Assert.Equal(ours.DataSignals.Select(s => s.Label), root.GetProperty("ch_names").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(200.0, root.GetProperty("sfreq").GetDouble());
        Assert.Equal(ours.DataSignals.Select(s => s.SamplesPerRecord), root.GetProperty("n_samps").EnumerateArray().Select(x => x.GetInt32()).Take(ours.DataSignals.Count));
        var first = root.GetProperty("first_microvolts").EnumerateArray().ToList();
        for (int i = 0; i < ours.DataSignals.Count; i++)
        {
            if (ours.DataSignals[i].SampleRateHz != 200) continue; // MNE resamples slower channels
            double toMicrovolts = ours.DataSignals[i].ScaleToMicrovolts ?? 1;
            var expected = ours.ReadPhysical(i, 0, 0.1);
            var mne = first[i].EnumerateArray().Select(x => x.GetDouble()).ToArray();
            for (int k = 0; k < 20; k++) Assert.Equal(expected[k] * toMicrovolts, mne[k], 1e-6 * Math.Max(1, Math.Abs(expected[k] * toMicrovolts)));
        }
        var annotations = root.GetProperty("annotations").EnumerateArray().Select(a => (On: a[0].GetDouble(), Dur: a[1].GetDouble(), Text: a[2].GetString()!)).ToList();
        Assert.Equal(ours.Annotations.Count, annotations.Count);
        Assert.Contains(annotations, a => a.Text.StartsWith("Sleep stage ", StringComparison.Ordinal));
        for (int i = 0; i < annotations.Count; i++)
        {
            Assert.Equal(ours.Annotations[i].Text, annotations[i].Text);
            Assert.Equal(ours.Annotations[i].OnsetSeconds, annotations[i].On, 1e-6);
            Assert.Equal(ours.Annotations[i].DurationSeconds ?? 0, annotations[i].Dur, 1e-6);
        }
    }
}
