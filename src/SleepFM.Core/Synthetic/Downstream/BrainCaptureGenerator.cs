using System.Text;
using SleepFM.Evaluation.Reporting;
using SleepFM.Synthetic.Physiology;
using SleepFM.Tasks;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// BrainCapture-like portable EEG: <c>braincapture/recordings/BC&lt;nnnn&gt;_&lt;kk&gt;.edf</c> (19 average-referenced
/// 10-20 electrodes labelled <c>Fp1</c> … <c>O2</c>, 250 Hz, 50 Hz mains) plus <c>braincapture/labels.csv</c>
/// (<c>file,label,subject</c>; <c>file</c> relative to <c>braincapture/</c>). Abnormal share 38 % (4,950 normal /
/// 3,046 abnormal in the paper). Portable caps are noisier: more amplifier noise, mains and electrode artefacts.
/// </summary>
internal static class BrainCaptureGenerator
{
    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random)
    {
        var task = TaskCatalog.BrainCapture;
        string dir = Path.Combine(root, "braincapture");
        var r = random.Derive("plan");
        int n = preset.BrainCaptureSubjects;
        var abnormal = SubjectIds.Choose(n, (int)Math.Round(n * 3046.0 / 7996), r.Derive("labels"));
        var jobs = new List<FileJob>();
        var windows = new int[2];
        var csv = new StringBuilder("file,label,subject\n");
        for (int i = 0; i < n; i++)
        {
            string id = $"BC{i + 1:D4}";
            int label = abnormal.Contains(i) ? 1 : 0;
            var sr = random.Derive((ulong)i);
            int recordings = sr.Derive("sessions").Chance(0.15) ? 2 : 1;
            var drawn = SubjectProfile.Draw(id, sr.Derive("profile"), 18, 90, 50);
            var subject = drawn with
            {
                NoiseUv = Math.Min(3, drawn.NoiseUv * 1.5),
                LineNoiseUv = Math.Min(8, drawn.LineNoiseUv * 2),
                ArtefactsPerHour = Math.Min(30, drawn.ArtefactsPerHour + 10),
            };
            var traits = WakeTraits.Draw(sr.Derive("traits"));
            for (int k = 1; k <= recordings; k++)
            {
                string file = $"recordings/{id}_{k:D2}.edf";
                string path = Path.Combine(dir, "recordings", $"{id}_{k:D2}.edf");
                var fr = sr.Derive($"recording-{k}");
                int day = i * 2 + k;
                jobs.Add(new FileJob(task.Id, Path.GetFileName(path), [path], () =>
                {
                    var potentials = RoutineRecording.Render(DownstreamMontages.BrainCaptureElectrodes, subject, traits, label == 1, 250, preset.BrainCaptureMinutes * 60, fr);
                    EdfOutput.Write(path, DownstreamMontages.BrainCaptureElectrodes, 250, WakeEeg.AverageReferenced(potentials), 3000,
                        new DateTime(2021, 3, 1, 10, 0, 0).AddDays(day), RoutineRecording.Patient(subject, id), "BrainCapture");
                }));
                csv.Append(file).Append(',').Append(task.Classes[label]).Append(',').Append(id).Append('\n');
                windows[label] += preset.BrainCaptureMinutes;
            }
        }
        return new DatasetPlan(task.Id, dir, n, jobs, [(Path.Combine(dir, "labels.csv"), csv.ToString())],
            [new ClassCount(task.Id, task.Classes[0], windows[0]), new ClassCount(task.Id, task.Classes[1], windows[1])], "60-s window");
    }
}
