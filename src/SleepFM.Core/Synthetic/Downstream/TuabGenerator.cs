using SleepFM.Evaluation.Reporting;
using SleepFM.Synthetic.Physiology;
using SleepFM.Tasks;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// TUAB-like: <c>tuab/edf/{train,eval}/{normal,abnormal}/01_tcp_ar/&lt;subject&gt;_s&lt;nnn&gt;_t000.edf</c>,
/// 21 referential electrodes <c>EEG FP1-REF</c> … at 250 Hz (a fifth at 256 Hz, as TUH mixes rates).
/// Abnormal share 49 % (the corpus: 1,472 of 2,993 files); a fifth of subjects in <c>eval</c>, stratified;
/// a fifth have two sessions with the same label.
/// </summary>
internal static class TuabGenerator
{
    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random)
    {
        var task = TaskCatalog.Tuab;
        string dir = Path.Combine(root, "tuab");
        var r = random.Derive("plan");
        int n = preset.TuabSubjects;
        var abnormal = SubjectIds.Choose(n, (int)Math.Round(n * 0.49), r.Derive("labels"));
        var jobs = new List<FileJob>();
        var windows = new int[2];
        int[] seen = new int[2];
        for (int i = 0; i < n; i++)
        {
            string id = SubjectIds.Tuh("tuab", i);
            int label = abnormal.Contains(i) ? 1 : 0;
            bool eval = seen[label]++ % 5 == 4;
            var sr = random.Derive((ulong)i);
            int sessions = sr.Derive("sessions").Chance(0.2) ? 2 : 1;
            double fs = sr.Derive("rate").Chance(0.2) ? 256 : 250;
            var subject = SubjectProfile.Draw(id, sr.Derive("profile"), 18, 90, 60);
            var traits = WakeTraits.Draw(sr.Derive("traits"));
            for (int s = 1; s <= sessions; s++)
            {
                string path = Path.Combine(dir, "edf", eval ? "eval" : "train", task.Classes[label], "01_tcp_ar", $"{id}_s{s:D3}_t000.edf");
                var fr = sr.Derive($"session-{s}");
                int session = s;
                jobs.Add(new FileJob(task.Id, Path.GetFileName(path), [path], () =>
                {
                    var potentials = RoutineRecording.Render(DownstreamMontages.TuhElectrodes, subject, traits, label == 1, fs, preset.TuabMinutes * 60, fr);
                    EdfOutput.Write(path, DownstreamMontages.TuhElectrodes.Select(DownstreamMontages.TuhLabel).ToList(), fs, potentials, 4999.84,
                        new DateTime(2010, 1, 1, 9, 0, 0).AddDays(i * 3 + session * 200), RoutineRecording.Patient(subject, id), "TUH");
                }));
                windows[label] += preset.TuabMinutes;
            }
        }
        return new DatasetPlan(task.Id, dir, n, jobs, [],
            [new ClassCount(task.Id, task.Classes[0], windows[0]), new ClassCount(task.Id, task.Classes[1], windows[1])], "60-s window");
    }
}
