using System.Globalization;
using System.Text;
using SleepFM.Evaluation.Reporting;
using SleepFM.IO;
using SleepFM.Synthetic.Physiology;
using SleepFM.Tasks;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// TUEV-like: <c>tuev/edf/{train,eval}/&lt;subject&gt;/&lt;subject&gt;_00000001.edf</c> (TUH referential montage,
/// 250 Hz) with a <c>.rec</c> beside each. Every event lasts 1–5 whole seconds and is annotated, as in
/// TUEV, once per second on every TCP channel (0–21) where it is visible: lines
/// <c>channel,start,stop,label</c> with labels 1 spsw, 2 gped, 3 pled, 4 eyem, 5 artf, 6 bckg. Classes follow
/// the corpus' skew (background and artefact dominate) with a floor for the rare ones.
/// </summary>
internal static class TuevGenerator
{
    // Event shares before the floor: TUEV is dominated by bckg and artf; spsw and eyem are rare.
    static readonly double[] BaseShare = [0.04, 0.10, 0.12, 0.04, 0.20, 0.50];
    static readonly string[] FocalSites = ["T3", "T4", "F7", "F8", "C3", "C4", "P3", "P4", "O1", "O2", "F3", "F4", "T5", "T6"];

    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random)
    {
        var task = TaskCatalog.Tuev;
        string dir = Path.Combine(root, "tuev");
        var share = BaseShare.Select(s => Math.Max(s, preset.MinimumEventShare)).ToArray();
        double total = share.Sum();
        var cumulative = new double[share.Length];
        double running = 0;
        for (int c = 0; c < share.Length; c++) cumulative[c] = running += share[c] / total;
        var counts = new int[6];
        var jobs = new List<FileJob>();
        var electrodes = DownstreamMontages.TuhElectrodes;
        int n = preset.TuevSubjects;
        for (int i = 0; i < n; i++)
        {
            string id = SubjectIds.Tuh("tuev", i);
            bool eval = i % 5 == 4;
            var sr = random.Derive((ulong)i);
            var er = sr.Derive("events");
            var events = new List<(int Label, int Start, int Duration, EegOverlay? Overlay, int[] Channels)>();
            for (int t = er.NextInt(3) + 1; ;)
            {
                double u = er.NextDouble();
                int label = Array.FindIndex(cumulative, c => u < c);
                if (label < 0) label = 5;
                int duration = label switch { 0 => 1 + er.NextInt(2), 3 => 1 + er.NextInt(3), 5 => 1 + er.NextInt(3), _ => 2 + er.NextInt(4) };
                if (t + duration > preset.TuevSeconds - 1) break;
                var overlay = Overlay(label, t, duration, er);
                var channels = overlay is null ? RandomChannels(er) : VisibleChannels(overlay, electrodes);
                events.Add((label, t, duration, overlay, channels));
                counts[label] += duration * channels.Length;
                t += duration + 2 + er.NextInt(4);
            }
            string folder = Path.Combine(dir, "edf", eval ? "eval" : "train", id);
            string edf = Path.Combine(folder, $"{id}_00000001.edf");
            string rec = Path.ChangeExtension(edf, ".rec");
            var recText = new StringBuilder();
            foreach (var e in events)
                foreach (int ch in e.Channels)
                    for (int s = e.Start; s < e.Start + e.Duration; s++)
                        recText.Append(string.Create(CultureInfo.InvariantCulture, $"{ch},{s:0.0},{s + 1:0.0},{e.Label + 1}\n"));
            var subject = SubjectProfile.Draw(id, sr.Derive("profile"), 18, 90, 60);
            var traits = WakeTraits.Draw(sr.Derive("traits"));
            var overlays = events.Where(e => e.Overlay is not null).Select(e => e.Overlay!).ToList();
            string recContent = recText.ToString();
            jobs.Add(new FileJob(task.Id, Path.GetFileName(edf), [rec, edf], () =>
            {
                var epochs = traits.Epochs(preset.TuevSeconds / 10, sr.Derive("epochs"));
                // Background artefacts are kept rare and small here: in TUEV they would be annotated as artf.
                epochs = epochs.Select(s => s with { MovementBurstsPerMinute = 0 }).ToArray();
                var potentials = WakeEeg.Render(electrodes, subject, 250, 10, epochs, overlays, sr.Derive("render"));
                AtomicFile.WriteAllText(rec, recContent);
                EdfOutput.Write(edf, electrodes.Select(DownstreamMontages.TuhLabel).ToList(), 250, potentials, 4999.84,
                    new DateTime(2012, 5, 1, 10, 0, 0).AddDays(i), RoutineRecording.Patient(subject, id), "TUH");
            }));
        }
        return new DatasetPlan(task.Id, dir, n, jobs, [],
            task.Classes.Select((c, k) => new ClassCount(task.Id, c, counts[k])).ToList(), ".rec line (1 s on one TCP channel)");
    }

    static EegOverlay? Overlay(int label, int start, int duration, SynthRandom r) => label switch
    {
        0 => r.Chance(0.2)
            ? new EegOverlay(EegOverlayKind.SpikeWave, start, duration, r.Uniform(50, 130), "Fz", 1.2, r.Uniform(0.28, 0.4))
            : new EegOverlay(EegOverlayKind.SpikeWave, start, duration, r.Uniform(50, 160), FocalSites[r.NextInt(FocalSites.Length)], r.Uniform(0.3, 0.5), r.Uniform(0.4, 1.2)),
        1 => new EegOverlay(EegOverlayKind.PeriodicDischarges, start, duration, r.Uniform(35, 110), r.Chance(0.5) ? "Fz" : "Cz", r.Uniform(1.0, 1.6), r.Uniform(0.5, 2.0)),
        2 => new EegOverlay(EegOverlayKind.PeriodicDischarges, start, duration, r.Uniform(40, 140), FocalSites[r.NextInt(FocalSites.Length)], r.Uniform(0.35, 0.6), r.Uniform(0.7, 2.5)),
        3 => new EegOverlay(EegOverlayKind.EyeMovements, start, duration, r.Uniform(60, 200), "", 0),
        4 => r.Chance(0.6)
            ? new EegOverlay(EegOverlayKind.Muscle, start, duration, r.Uniform(10, 40), r.NextInt(3) switch { 0 => "left", 1 => "right", _ => "both" }, 0, 0, r.Chance(0.3) ? r.Uniform(1, 1.6) : 0)
            : new EegOverlay(EegOverlayKind.Electrode, start, duration, r.Uniform(80, 300), DownstreamMontages.TuhElectrodes[r.NextInt(16)], 0),
        _ => null,
    };

    /// <summary>TCP channels where the finding's bipolar field is at least 35 % of its largest (the 8 strongest at most).</summary>
    static int[] VisibleChannels(EegOverlay overlay, IReadOnlyList<string> electrodes)
    {
        var field = OverlayRenderer.Field(overlay, electrodes);
        double Of(string e) => field[electrodes.ToList().FindIndex(x => x.Equals(e, StringComparison.OrdinalIgnoreCase))];
        var bipolar = DownstreamMontages.TcpMontage.Select(p => Math.Abs(Of(p.Active) - Of(p.Reference))).ToArray();
        double max = bipolar.Max();
        // Annotators mark where a finding is clearest: at most the 8 strongest channels.
        return Enumerable.Range(0, bipolar.Length).Where(c => bipolar[c] >= 0.35 * max && max > 0)
            .OrderByDescending(c => bipolar[c]).ThenBy(c => c).Take(8).Order().ToArray();
    }

    static int[] RandomChannels(SynthRandom r) =>
        SubjectIds.Choose(DownstreamMontages.TcpMontage.Count, 2 + r.NextInt(5), r).Order().ToArray();
}
