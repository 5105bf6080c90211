using System.Globalization;
using System.Text;
using SleepFM.Evaluation.Reporting;
using SleepFM.Synthetic.Physiology;
using SleepFM.Tasks;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// CHB-MIT-like: <c>chbmit/chb&lt;NN&gt;/chb&lt;NN&gt;_&lt;MM&gt;.edf</c> (23 bipolar channels at 256 Hz, paediatric
/// background: slower alpha, larger amplitudes) and <c>chb&lt;NN&gt;-summary.txt</c> in the corpus' own syntax
/// (subjects from chb11 on use the numbered "Seizure 1 Start Time:" form, as the later real summaries do).
/// Seizures are rare, 20–50 s, evolving rhythmic discharges from a focus, followed by 20 s of post-ictal slowing.
/// </summary>
internal static class ChbMitGenerator
{
    const int Grid = 10;
    static readonly string[] Electrodes = ["FP1", "F7", "T7", "P7", "O1", "F3", "C3", "P3", "FP2", "F4", "C4", "P4", "O2", "F8", "T8", "P8", "FZ", "CZ", "PZ", "FT9", "FT10"];

    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random)
    {
        var task = TaskCatalog.ChbMit;
        string dir = Path.Combine(root, "chbmit");
        int subjects = preset.ChbMitSubjects, files = preset.ChbMitFilesPerSubject, seconds = preset.ChbMitFileSeconds;
        var r = random.Derive("seizures");
        int totalWindows = subjects * files * (seconds / Grid);
        int targetWindows = Math.Max(2, (int)Math.Round(totalWindows * preset.ChbMitSeizureWindowShare));
        // Seizure plan: spread over subjects in a shuffled order, at most one per file. As in the real corpus (23 of
        // 24 patients have seizures), every subject gets one before any gets a second, so each subject split holds
        // seizures; seizure lengths share the window budget (at least one window each, 20–50 s when there is room).
        var order = SubjectIds.Choose(subjects, subjects, r).ToArray();
        var seizures = new Dictionary<(int Subject, int File), (int Onset, int Duration)>();
        int planned = 0;
        for (int j = 0; planned < targetWindows && j < subjects * files; j++)
        {
            int s = order[j % subjects], f = (j / subjects + r.NextInt(files)) % files;
            if (seizures.ContainsKey((s, f))) continue;
            int budgetSeconds = (targetWindows - planned) * Grid / Math.Max(1, Math.Min(subjects, subjects * files - j));
            int duration = Math.Min(seconds - 40, Math.Clamp(budgetSeconds, Grid + 1, 20 + r.NextInt(31)));
            int onset = 15 + r.NextInt(Math.Max(1, seconds - duration - 30));
            seizures[(s, f)] = (onset, duration);
            planned += SeizureWindows(onset, duration, seconds);
        }
        var counts = new int[2];
        counts[1] = planned;
        counts[0] = totalWindows - planned;
        var jobs = new List<FileJob>();
        var index = new List<(string, string)>();
        var pairs = DownstreamMontages.ChbMitChannels.Select(c => (c[..c.IndexOf('-')], c[(c.IndexOf('-') + 1)..])).ToList();
        for (int s = 0; s < subjects; s++)
        {
            string id = $"chb{s + 1:D2}";
            var sr = random.Derive((ulong)s);
            var drawn = SubjectProfile.Draw(id, sr.Derive("profile"), 18, 30, 60);
            var subject = drawn with
            {
                AgeYears = Math.Round(sr.Derive("age").Uniform(2, 18), 1),
                IndividualAlphaHz = sr.Derive("age").Uniform(7.5, 9.5),
                EegAmplitudeScale = Math.Min(1.6, drawn.EegAmplitudeScale * 1.3),
            };
            var traits = WakeTraits.Draw(sr.Derive("traits"), paediatric: true);
            var summary = new StringBuilder();
            summary.Append("Data Sampling Rate: 256 Hz\n*************************\n\nChannels in EDF Files:\n**********************\n");
            for (int c = 0; c < DownstreamMontages.ChbMitChannels.Count; c++) summary.Append($"Channel {c + 1}: {DownstreamMontages.ChbMitChannels[c]}\n");
            summary.Append('\n');
            var clock = TimeSpan.FromHours(9) + TimeSpan.FromSeconds(sr.Derive("clock").NextInt(7200));
            for (int f = 0; f < files; f++)
            {
                string name = $"{id}_{f + 1:D2}.edf";
                string path = Path.Combine(dir, id, name);
                bool has = seizures.TryGetValue((s, f), out var seizure);
                var end = clock + TimeSpan.FromSeconds(seconds);
                summary.Append($"File Name: {name}\nFile Start Time: {Clock(clock)}\nFile End Time: {Clock(end)}\nNumber of Seizures in File: {(has ? 1 : 0)}\n");
                if (has)
                {
                    string n = s + 1 >= 11 ? " 1" : "";
                    summary.Append(CultureInfo.InvariantCulture, $"Seizure{n} Start Time: {seizure.Onset} seconds\nSeizure{n} End Time: {seizure.Onset + seizure.Duration} seconds\n");
                }
                summary.Append('\n');
                clock = end + TimeSpan.FromSeconds(sr.Derive((ulong)f).NextInt(30));
                var fr = sr.Derive($"file-{f}");
                var startTime = new DateTime(2005, 6, 1).AddDays(s) + clock - TimeSpan.FromSeconds(seconds);
                jobs.Add(new FileJob(task.Id, name, [path], () =>
                {
                    var epochs = traits.Epochs(seconds / Grid, fr.Derive("epochs"));
                    var overlays = new List<EegOverlay>();
                    var a = fr.Derive("artefacts");
                    // Chewing, muscle and eye-movement bursts in every file: rhythmic or high-amplitude non-seizure look-alikes.
                    for (int i = a.Poisson(seconds / 60.0 * 1.2); i > 0; i--)
                        overlays.Add(a.NextInt(3) switch
                        {
                            0 => new EegOverlay(EegOverlayKind.Muscle, a.Uniform(0, seconds - 5), a.Uniform(2, 5), a.Uniform(10, 35), "both", 0, 0, a.Uniform(1, 1.8)),
                            1 => new EegOverlay(EegOverlayKind.EyeMovements, a.Uniform(0, seconds - 4), a.Uniform(1, 4), a.Uniform(60, 180), "", 0),
                            _ => new EegOverlay(EegOverlayKind.Electrode, a.Uniform(0, seconds - 4), a.Uniform(1, 4), a.Uniform(80, 250), Electrodes[a.NextInt(Electrodes.Length)], 0),
                        });
                    if (has)
                    {
                        var sz = fr.Derive("seizure");
                        overlays.Add(SeizureOverlay.Draw(seizure.Onset, seizure.Duration, sz));
                        if (sz.Chance(0.4))
                            overlays.Add(new EegOverlay(EegOverlayKind.Muscle, seizure.Onset + seizure.Duration * 0.5, seizure.Duration * 0.5, sz.Uniform(10, 30), "both", 0));
                        // Post-ictal slowing: delta rises and alpha drops for ~20 s after the discharge ends.
                        for (int k = (seizure.Onset + seizure.Duration) / Grid; k < Math.Min(epochs.Length, (seizure.Onset + seizure.Duration) / Grid + 3); k++)
                            epochs[k] = epochs[k] with { DeltaUv = Math.Min(120, epochs[k].DeltaUv + sz.Uniform(8, 25)), AlphaUv = epochs[k].AlphaUv * 0.4 };
                    }
                    var potentials = WakeEeg.Render(Electrodes, subject, 256, Grid, epochs, overlays, fr.Derive("render"));
                    EdfOutput.Write(path, DownstreamMontages.ChbMitChannels, 256, WakeEeg.Bipolar(Electrodes, potentials, pairs), 3276.8,
                        startTime, null, "CHB-MIT");
                }));
            }
            index.Add((Path.Combine(dir, id, $"{id}-summary.txt"), summary.ToString()));
        }
        return new DatasetPlan(task.Id, dir, subjects, jobs, index,
            [new ClassCount(task.Id, task.Classes[0], counts[0]), new ClassCount(task.Id, task.Classes[1], counts[1])],
            "10-s window (seizure when more than half of it is inside a seizure)");
    }

    /// <summary>10-s grid windows of a file whose majority lies inside [onset, onset + duration).</summary>
    public static int SeizureWindows(int onset, int duration, int fileSeconds)
    {
        int count = 0;
        for (int w = 0; w + Grid <= fileSeconds; w += Grid)
            if (Math.Min(w + Grid, onset + duration) - Math.Max(w, onset) > Grid / 2.0) count++;
        return count;
    }

    static string Clock(TimeSpan t) => $"{(int)t.TotalHours:D2}:{t.Minutes:D2}:{t.Seconds:D2}";
}
