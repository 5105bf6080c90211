using SleepFM.Evaluation.Reporting;
using SleepFM.IO;
using SleepFM.IO.Hdf5;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// CODE-15%-like ECG training set: <c>code15/exams_part&lt;k&gt;.hdf5</c> (<c>tracings</c> [N, 4096, 12] float32 mV
/// at 400 Hz: 10 s centred in 4,096 samples with zero padding, as published; <c>exam_id</c> [N]) and
/// <c>code15/exams.csv</c>. Patients have one or two exams; labels 1dAVb, RBBB, LBBB, SB, ST, AF at
/// the cohort's prevalences (1.6–2.7 %) raised to the preset's floor.
/// </summary>
internal static class Code15Generator
{
    static readonly double[] Prevalence = [0.016, 0.027, 0.016, 0.016, 0.021, 0.019];
    const int ChunkExams = 50;

    /// <summary>Task id under which the class counts are reported (CODE-15% trains the ECG tasks; it is not one of the eight).</summary>
    public const string TaskId = "code15";

    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random)
    {
        string dir = Path.Combine(root, "code15");
        var prevalence = EcgDatasets.Floor(Prevalence, preset.MinimumLabelPrevalence);
        var r = random.Derive("plan");
        int n = preset.Code15Exams;
        var exams = new List<(Code15Exam Exam, EcgFindings Truth, SubjectProfile Person, SynthRandom Random)>();
        long examId = 100_000 + r.NextInt(1000);
        int patient = 0;
        while (exams.Count < n)
        {
            patient++;
            var pr = random.Derive((ulong)patient);
            var person = EcgDatasets.Person($"code15-{patient}", pr.Derive("profile"), 60);
            int visits = pr.Chance(0.3) ? 2 : 1;
            for (int v = 0; v < visits && exams.Count < n; v++)
            {
                var er = pr.Derive((ulong)v);
                var truth = EcgFindings.Draw(prevalence, er.Derive("findings"));
                var reported = truth.Reported(er.Derive("report"));
                examId += 1 + er.NextInt(40);
                int part = exams.Count / preset.Code15ExamsPerPart;
                double age = Math.Round(person.AgeYears + v * er.Uniform(0.5, 3), 0);
                exams.Add((new Code15Exam(examId, age, person.Sex == SubjectSex.Male, Math.Round(age + er.Gaussian(0, 8), 4),
                    reported.FirstDegreeAvBlock, reported.Rbbb, reported.Lbbb, reported.SinusBradycardia, reported.SinusTachycardia, reported.AtrialFibrillation,
                    patient, er.Chance(0.03), Math.Round(er.Uniform(0.1, 8), 3), reported.Normal, $"exams_part{part}.hdf5"), truth, person, er));
            }
        }
        var jobs = new List<FileJob>();
        int parts = (n + preset.Code15ExamsPerPart - 1) / preset.Code15ExamsPerPart;
        for (int p = 0; p < parts; p++)
        {
            var members = exams.Skip(p * preset.Code15ExamsPerPart).Take(preset.Code15ExamsPerPart).ToList();
            string path = Path.Combine(dir, $"exams_part{p}.hdf5");
            jobs.Add(new FileJob(TaskId, Path.GetFileName(path), [path], () => AtomicFile.Write(path, temp =>
            {
                using var writer = Code15Hdf5Writer.Create(temp, members.Select(m => m.Exam.ExamId).ToList());
                int t = Code15Layout.SamplesPerTracing, leads = Code15Layout.LeadCount, signal = EcgDatasets.Samples(Code15Layout.SampleRateHz, 10);
                int pad = (t - signal) / 2;
                for (int c = 0; c < members.Count; c += ChunkExams)
                {
                    int k = Math.Min(ChunkExams, members.Count - c);
                    var block = new float[k * t * leads];
                    Parallel.For(0, k, e =>
                    {
                        var m = members[c + e];
                        var ecg = EcgRecordSynthesizer.Render(m.Truth, m.Person, Code15Layout.SampleRateHz, signal, m.Random.Derive("ecg"));
                        for (int i = 0; i < signal; i++)
                            for (int l = 0; l < leads; l++)
                                block[(e * t + pad + i) * leads + l] = ecg[l][i];
                    });
                    writer.WriteTracings(c, block);
                }
            })));
        }
        var csvPath = Path.Combine(dir, "exams.csv");
        var labels = new[] { "1dAVb", "RBBB", "LBBB", "SB", "ST", "AF" };
        var reportedAll = exams.Select(e => new EcgFindings(e.Exam.FirstDegreeAvBlock, e.Exam.Rbbb, e.Exam.Lbbb, e.Exam.SinusBradycardia, e.Exam.SinusTachycardia, e.Exam.AtrialFibrillation)).ToList();
        var counts = labels.Select(l => new ClassCount(TaskId, l, EcgDatasets.Count(reportedAll, EcgDatasets.Selector(l)))).ToList();
        var list = exams.Select(e => e.Exam).ToList();
        return new DatasetPlan(TaskId, dir, patient, jobs, [(csvPath, ExamsCsvText(list))], counts, "exam (multilabel: exams with the label)");
    }

    static string ExamsCsvText(IReadOnlyList<Code15Exam> exams)
    {
        // Code15ExamsCsv.Write owns the published column order; render through a temp file to reuse it.
        string temp = Path.Combine(Path.GetTempPath(), $"sleepfm-exams-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        try
        {
            Code15ExamsCsv.Write(temp, exams);
            return File.ReadAllText(temp);
        }
        finally { File.Delete(temp); }
    }
}
