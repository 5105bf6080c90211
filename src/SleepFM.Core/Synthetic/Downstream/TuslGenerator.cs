using System.Globalization;
using System.Text;
using SleepFM.Evaluation.Reporting;
using SleepFM.IO;
using SleepFM.Synthetic.Physiology;
using SleepFM.Tasks;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// TUSL-like: <c>tusl/edf/&lt;subject&gt;/s001/&lt;subject&gt;_s001_t000.edf</c> (TUH referential, 250 Hz) with a
/// <c>.tse</c> beside it (<c>version = tse_v1.0.0</c>, then <c>start stop label probability</c> lines covering
/// the file). Labels sit on a 10-s grid: mostly <c>bckg</c>, with 20–40-s stretches of <c>slow</c> (focal or
/// diffuse slowing), <c>seiz</c> (evolving rhythmic discharge) and <c>cmpl</c> (complex background: periodic
/// sharp discharges over a disorganised, theta-rich background), in the corpus' 1,399/92/92/94 proportions.
/// </summary>
internal static class TuslGenerator
{
    const int Cell = 10;
    static readonly string[] TseLabels = ["bckg", "cmpl", "seiz", "slow"];
    static readonly string[] FocalSites = ["T3", "T4", "F7", "F8", "C3", "C4", "P3", "P4", "O1", "O2", "F3", "F4"];

    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random)
    {
        var task = TaskCatalog.Tusl; // classes: normal, complex_background, seizure, slowing (same order as TseLabels)
        string dir = Path.Combine(root, "tusl");
        double abnormalShare = (92 + 92 + 94) / 1677.0;
        var counts = new int[4];
        var jobs = new List<FileJob>();
        var electrodes = DownstreamMontages.TuhElectrodes;
        int cells = preset.TuslSeconds / Cell, n = preset.TuslSubjects, nextClass = 0;
        for (int i = 0; i < n; i++)
        {
            string id = SubjectIds.Tuh("tusl", i);
            var sr = random.Derive((ulong)i);
            var pr = sr.Derive("labels");
            var labels = new int[cells];
            int target = (int)Math.Round(cells * abnormalShare * pr.Uniform(0.5, 1.5));
            for (int placed = 0, tries = 0; placed < target && tries < 50; tries++)
            {
                int length = 2 + pr.NextInt(3), start = 1 + pr.NextInt(Math.Max(1, cells - length - 1));
                if (start + length > cells || Enumerable.Range(start - 1, length + 2).Any(k => k >= 0 && k < cells && labels[k] != 0)) continue;
                // Cycle the three abnormal classes over the whole dataset so they stay balanced (92/92/94).
                int label = 1 + nextClass++ % 3;
                for (int k = start; k < start + length; k++) labels[k] = label;
                placed += length;
            }
            foreach (int l in labels) counts[l]++;
            string edf = Path.Combine(dir, "edf", id, "s001", $"{id}_s001_t000.edf");
            string tse = Path.ChangeExtension(edf, ".tse");
            var text = new StringBuilder("version = tse_v1.0.0\n\n");
            for (int k = 0; k < cells;)
            {
                int end = k;
                while (end < cells && labels[end] == labels[k]) end++;
                text.Append(string.Create(CultureInfo.InvariantCulture, $"{k * Cell:0.0000} {end * Cell:0.0000} {TseLabels[labels[k]]} 1.0000\n"));
                k = end;
            }
            string tseContent = text.ToString();
            var subject = SubjectProfile.Draw(id, sr.Derive("profile"), 18, 90, 60);
            var traits = WakeTraits.Draw(sr.Derive("traits"));
            jobs.Add(new FileJob(task.Id, Path.GetFileName(edf), [tse, edf], () =>
            {
                var r = sr.Derive("render-plan");
                var epochs = traits.Epochs(cells, sr.Derive("epochs"));
                var overlays = new List<EegOverlay>();
                for (int k = 0; k < cells;)
                {
                    int end = k;
                    while (end < cells && labels[end] == labels[k]) end++;
                    double t0 = k * Cell, d = (end - k) * Cell;
                    switch (labels[k])
                    {
                        case 1: // complex background: periodic sharp discharges, disorganised theta-rich background
                            overlays.Add(new EegOverlay(EegOverlayKind.PeriodicDischarges, t0, d, r.Uniform(30, 90),
                                r.Chance(0.5) ? "Cz" : FocalSites[r.NextInt(FocalSites.Length)], r.Uniform(0.4, 1.2), r.Uniform(0.8, 2.5)));
                            for (int c = k; c < end; c++) epochs[c] = epochs[c] with { AlphaUv = epochs[c].AlphaUv * 0.5, ThetaUv = Math.Min(60, epochs[c].ThetaUv + r.Uniform(3, 8)) };
                            break;
                        case 2:
                            overlays.Add(SeizureOverlay.Draw(t0 + 0.5, d - 1, r));
                            break;
                        case 3:
                            var focal = new FocalSlowing(FocalSites[r.NextInt(FocalSites.Length)], r.Chance(0.3) ? 1.6 : r.Uniform(0.35, 0.6), r.Uniform(10, 35), r.Uniform(3, 10));
                            for (int c = k; c < end; c++) epochs[c] = epochs[c] with { Modifiers = [focal] };
                            break;
                    }
                    k = end;
                }
                var potentials = WakeEeg.Render(electrodes, subject, 250, Cell, epochs, overlays, sr.Derive("render"));
                AtomicFile.WriteAllText(tse, tseContent);
                EdfOutput.Write(edf, electrodes.Select(DownstreamMontages.TuhLabel).ToList(), 250, potentials, 4999.84,
                    new DateTime(2011, 2, 1, 9, 0, 0).AddDays(i), RoutineRecording.Patient(subject, id), "TUH");
            }));
        }
        return new DatasetPlan(task.Id, dir, n, jobs, [],
            task.Classes.Select((c, k) => new ClassCount(task.Id, c, counts[k])).ToList(), "10-s window (label grid of the .tse)");
    }
}
