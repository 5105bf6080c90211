using SleepFM.Evaluation.Reporting;
using SleepFM.IO.Wfdb;
using SleepFM.Synthetic.Physiology;
using SleepFM.Tasks;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// PhysioNet/CinC 2020–21 challenge style ECG sets: <c>g12ec/WFDB/E&lt;nnnnn&gt;.{hea,mat}</c> (Georgia, 10 s,
/// 60 Hz mains) and <c>cpsc/WFDB/A&lt;nnnn&gt;.{hea,mat}</c> (CPSC 2018, 10–15 s, 50 Hz mains), 500 Hz, format
/// 16+24, with <c>#Age</c>/<c>#Sex</c>/<c>#Dx</c> comments. Dx codes are SNOMED CT; sinus rhythm records carry
/// 426783006, and both equivalent codes of the bundle branch blocks occur (59118001/713427006,
/// 164909002/733534002), as in the real sets.
/// </summary>
internal static class ChallengeEcgGenerator
{
    // Georgia: 1dAVb 769, RBBB 542, LBBB 231, SB 1677, ST 1261, AF 570 of 10,344. CPSC: I-AVB 722, RBBB 1857, LBBB 236, AF 1221 of 6,877 (no SB/ST labels).
    static readonly double[] GeorgiaPrevalence = [0.074, 0.052, 0.022, 0.162, 0.122, 0.055];
    static readonly double[] CpscPrevalence = [0.105, 0.27, 0.034, 0, 0, 0.178];

    public static DatasetPlan Plan(string root, DownstreamPreset preset, SynthRandom random, bool georgia)
    {
        var task = georgia ? TaskCatalog.G12ec : TaskCatalog.Cpsc;
        string dir = Path.Combine(root, georgia ? "g12ec" : "cpsc");
        string wfdb = Path.Combine(dir, "WFDB");
        var prevalence = EcgDatasets.Floor(georgia ? GeorgiaPrevalence : CpscPrevalence, preset.MinimumLabelPrevalence);
        int n = georgia ? preset.G12ecRecords : preset.CpscRecords;
        var jobs = new List<FileJob>();
        var reportedAll = new List<EcgFindings>();
        for (int i = 1; i <= n; i++)
        {
            var r = random.Derive((ulong)i);
            string name = georgia ? $"E{i:D5}" : $"A{i:D4}";
            var person = EcgDatasets.Person(name, r.Derive("profile"), georgia ? 60 : 50);
            var truth = EcgFindings.Draw(prevalence, r.Derive("findings"));
            var reported = truth.Reported(r.Derive("report"));
            if (!georgia) reported = reported with { SinusBradycardia = false, SinusTachycardia = false };
            reportedAll.Add(reported);
            var comments = WfdbChallengeComments.Format(Math.Round(person.AgeYears), person.Sex == SubjectSex.Female ? WfdbSex.Female : WfdbSex.Male, DxCodes(reported, r.Derive("codes")));
            int seconds = georgia ? 10 : 10 + r.Derive("length").NextInt(6);
            var render = r.Derive("ecg");
            jobs.Add(new FileJob(task.Id, name, [Path.Combine(wfdb, name + ".hea")], () =>
            {
                var ecg = EcgRecordSynthesizer.Render(truth, person, 500, seconds * 500, render);
                WfdbOutput.Write(wfdb, new WfdbRecordToWrite(name, 500, WfdbOutput.Signals(ecg, WfdbOutput.LeadNames), comments), WfdbWriteLayout.ChallengeMat);
            }));
        }
        var counts = task.Classes.Select(l => new ClassCount(task.Id, l, EcgDatasets.Count(reportedAll, EcgDatasets.Selector(l)))).ToList();
        return new DatasetPlan(task.Id, dir, n, jobs, [], counts, "record (multilabel: records with the label)");
    }

    static List<string> DxCodes(EcgFindings f, SynthRandom r)
    {
        var codes = new List<string>();
        if (f.AtrialFibrillation) codes.Add("164889003");
        else if (f.SinusBradycardia) codes.Add("426177001");
        else if (f.SinusTachycardia) codes.Add("427084000");
        else codes.Add("426783006");
        if (f.FirstDegreeAvBlock) codes.Add("270492004");
        if (f.Rbbb) codes.Add(r.Chance(0.5) ? "59118001" : "713427006");
        if (f.Lbbb) codes.Add(r.Chance(0.7) ? "164909002" : "733534002");
        return codes;
    }
}
