using System.Globalization;
using System.Text.RegularExpressions;
using SleepFM.Channels;
using SleepFM.IO.Edf;
using SleepFM.IO.Hdf5;
using SleepFM.IO.Wfdb;
using SleepFM.Synthetic.Downstream;
using SleepFM.Tasks;

namespace SleepFM.Tests.Synthetic.Downstream;

/// <summary>The files follow data/README.md's layouts, read back with the project's readers, and agree with the manifest's counts.</summary>
[Collection(TinyDownstreamCollection.Name)]
public sealed class DownstreamLayoutTests(TinyDownstreamWorld world)
{
    static string[] Files(string root, string pattern) =>
        Directory.GetFiles(root, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order().ToArray();

    int Count(string task, string cls) => world.Manifest[task].ClassCounts.Single(c => c.ClassName == cls).Count;

    [Fact]
    public void Manifest_covers_every_task_in_catalog_order_with_its_classes()
    {
        var eight = world.Manifest.Datasets.Where(d => d.TaskId != DownstreamWorld.Code15TaskId).ToList();
        Assert.Equal(TaskCatalog.All.Select(t => t.Id), eight.Select(d => d.TaskId));
        foreach (var task in TaskCatalog.All)
        {
            Assert.Equal(task.Classes, world.Manifest[task.Id].ClassCounts.Select(c => c.ClassName));
            Assert.All(world.Manifest[task.Id].ClassCounts, c => Assert.True(c.Count > 0, $"{task.Id}/{c.ClassName} has no samples"));
        }
        Assert.Equal(new[] { "1dAVb", "RBBB", "LBBB", "SB", "ST", "AF" }, world.Manifest["code15"].ClassCounts.Select(c => c.ClassName));
        Assert.Equal(world.Manifest.ClassCounts, DownstreamWorld.PlannedClassCounts(DownstreamPreset.Tiny, TinyDownstreamWorld.Seed));
    }

    [Fact]
    public void Tuab_paths_labels_and_channels_follow_the_corpus()
    {
        var files = Files(world.PathOf("tuab"), "*.edf");
        Assert.All(files, f => Assert.Matches(@"^edf/(train|eval)/(normal|abnormal)/01_tcp_ar/[a-z]{8}_s\d{3}_t000\.edf$", f));
        Assert.Contains(files, f => f.StartsWith("edf/eval/", StringComparison.Ordinal));
        Assert.Equal(Count("tuab", "abnormal"), files.Count(f => f.Contains("/abnormal/")) * DownstreamPreset.Tiny.TuabMinutes);
        using var edf = EdfFile.Open(world.PathOf("tuab", files[0]));
        Assert.Equal(DownstreamMontages.TuhElectrodes.Select(DownstreamMontages.TuhLabel), edf.DataSignals.Select(s => s.Label));
        Assert.Contains(edf.DataSignals[0].SampleRateHz, new[] { 250.0, 256.0 });
        Assert.Equal(60, edf.Header.DataDurationSeconds, 6);
        var fp1 = edf.ReadMicrovolts(0);
        double rms = Math.Sqrt(fp1.Average(x => (double)x * x));
        Assert.InRange(rms, 5, 200);
    }

    [Fact]
    public void Tuev_rec_lines_are_one_second_per_tcp_channel_and_match_counts()
    {
        var recs = Files(world.PathOf("tuev"), "*.rec");
        Assert.All(recs, f => Assert.Matches(@"^edf/(train|eval)/([a-z]{8})/\2_00000001\.rec$", f));
        var perClass = new int[6];
        foreach (var rec in recs)
        {
            Assert.True(File.Exists(world.PathOf("tuev", Path.ChangeExtension(rec, ".edf"))));
            foreach (var line in File.ReadAllLines(world.PathOf("tuev", rec)))
            {
                var m = Regex.Match(line, @"^(\d+),(\d+\.\d),(\d+\.\d),([1-6])$");
                Assert.True(m.Success, line);
                int channel = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                double start = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), stop = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                Assert.InRange(channel, 0, 21);
                Assert.Equal(1.0, stop - start, 9);
                Assert.InRange(stop, 1, DownstreamPreset.Tiny.TuevSeconds);
                perClass[int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) - 1]++;
            }
        }
        Assert.Equal(world.Manifest["tuev"].ClassCounts.Select(c => c.Count), perClass);
        Assert.Equal("FP1-F7", DownstreamMontages.TcpLabel(0));
        Assert.Equal("P4-O2", DownstreamMontages.TcpLabel(21));
    }

    [Fact]
    public void Tusl_tse_covers_the_file_on_a_ten_second_grid()
    {
        var tses = Files(world.PathOf("tusl"), "*.tse");
        Assert.All(tses, f => Assert.Matches(@"^edf/([a-z]{8})/s001/\1_s001_t000\.tse$", f));
        var windows = new Dictionary<string, int> { ["bckg"] = 0, ["cmpl"] = 0, ["seiz"] = 0, ["slow"] = 0 };
        foreach (var tse in tses)
        {
            var lines = File.ReadAllLines(world.PathOf("tusl", tse));
            Assert.Equal("version = tse_v1.0.0", lines[0]);
            Assert.Equal("", lines[1]);
            double previousEnd = 0;
            foreach (var line in lines.Skip(2))
            {
                var f = line.Split(' ');
                Assert.Equal(4, f.Length);
                double start = double.Parse(f[0], CultureInfo.InvariantCulture), stop = double.Parse(f[1], CultureInfo.InvariantCulture);
                Assert.Equal(previousEnd, start, 9);
                Assert.Equal("1.0000", f[3]);
                windows[f[2]] += (int)Math.Round((stop - start) / 10);
                previousEnd = stop;
            }
            Assert.Equal(DownstreamPreset.Tiny.TuslSeconds, previousEnd, 9);
        }
        Assert.Equal(new[] { Count("tusl", "normal"), Count("tusl", "complex_background"), Count("tusl", "seizure"), Count("tusl", "slowing") },
            new[] { windows["bckg"], windows["cmpl"], windows["seiz"], windows["slow"] });
    }

    [Fact]
    public void ChbMit_summary_matches_the_corpus_syntax_and_the_edf_files()
    {
        var summaries = Files(world.PathOf("chbmit"), "*-summary.txt");
        Assert.Equal(DownstreamPreset.Tiny.ChbMitSubjects, summaries.Length);
        int seizures = 0;
        foreach (var s in summaries)
        {
            string id = s[..5];
            Assert.Matches(@"^chb\d{2}/chb\d{2}-summary\.txt$", s);
            var text = File.ReadAllText(world.PathOf("chbmit", s));
            Assert.StartsWith("Data Sampling Rate: 256 Hz\n*************************\n\nChannels in EDF Files:\n**********************\nChannel 1: FP1-F7\n", text);
            foreach (Match block in Regex.Matches(text, @"File Name: (chb\d{2}_\d{2}\.edf)\nFile Start Time: \d{2}:\d{2}:\d{2}\nFile End Time: \d{2}:\d{2}:\d{2}\nNumber of Seizures in File: (\d)\n"))
            {
                Assert.True(File.Exists(world.PathOf("chbmit", id, block.Groups[1].Value)));
                seizures += int.Parse(block.Groups[2].Value, CultureInfo.InvariantCulture);
            }
            Assert.Equal(Regex.Matches(text, @"Seizure( \d)? Start Time: \d+ seconds\nSeizure( \d)? End Time: \d+ seconds\n").Count,
                Regex.Matches(text, "Number of Seizures in File: 1").Count);
        }
        Assert.True(seizures >= 2);
        using var edf = EdfFile.Open(Directory.GetFiles(world.PathOf("chbmit"), "*.edf", SearchOption.AllDirectories).Order().First());
        Assert.Equal(DownstreamMontages.ChbMitChannels, edf.DataSignals.Select(x => x.Label));
        Assert.All(edf.DataSignals, x => Assert.Equal(256, x.SampleRateHz));
    }

    [Fact]
    public void BrainCapture_labels_csv_lists_every_recording_and_channels_are_eeg()
    {
        var lines = File.ReadAllLines(world.PathOf("braincapture", "labels.csv"));
        Assert.Equal("file,label,subject", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.True(File.Exists(world.PathOf("braincapture", r[0])), r[0]));
        Assert.Equal(Files(world.PathOf("braincapture"), "*.edf"), rows.Select(r => r[0]).Order().ToArray());
        Assert.Equal(Count("braincapture", "abnormal"), rows.Count(r => r[1] == "abnormal") * DownstreamPreset.Tiny.BrainCaptureMinutes);
        using var edf = EdfFile.Open(world.PathOf("braincapture", rows[0][0]));
        Assert.Equal(19, edf.DataSignals.Count);
        Assert.All(edf.DataSignals, s => Assert.Equal(Modality.BAS, ModalityClassifier.Classify(s.Label).Modality));
    }

    [Fact]
    public void Code15_hdf5_and_exams_csv_agree()
    {
        var exams = Code15ExamsCsv.Read(world.PathOf("code15", "exams.csv"));
        Assert.Equal(DownstreamPreset.Tiny.Code15Exams, exams.Count);
        Assert.Equal(Count("code15", "AF"), exams.Count(e => e.AtrialFibrillation));
        foreach (var part in exams.GroupBy(e => e.TraceFile))
        {
            using var file = Code15Hdf5File.Open(world.PathOf("code15", part.Key));
            Assert.Equal(part.Select(e => e.ExamId), file.ReadExamIds());
            Assert.Equal(4096, file.SamplesPerTracing);
            var leads = file.ReadLeads(0);
            Assert.Equal(12, leads.Length);
            Assert.Equal(0f, leads[1][10]); // zero padding before the 10-s signal, as published
            Assert.InRange(leads[1].Skip(100).Take(3800).Max() - leads[1].Skip(100).Take(3800).Min(), 0.3, 8);
        }
        Assert.True(exams.Select(e => e.PatientId).Distinct().Count() < exams.Count, "some patients should have two exams");
    }

    [Fact]
    public void PtbXl_database_points_at_verified_wfdb_records_at_both_rates()
    {
        var lines = File.ReadAllLines(world.PathOf("ptbxl", "ptbxl_database.csv"));
        var header = lines[0].Split(',');
        int lr = Array.IndexOf(header, "filename_lr"), hr = Array.IndexOf(header, "filename_hr"), fold = Array.IndexOf(header, "strat_fold");
        Assert.True(lr > 0 && hr > 0 && fold > 0 && header.Contains("scp_codes") && header.Contains("patient_id"));
        Assert.Equal(DownstreamPreset.Tiny.PtbXlRecords, lines.Length - 1);
        var first = Regex.Match(lines[1], "\"(\\{.*\\})\"");
        Assert.Matches(@"^\{'[A-Z0-9]+': \d+\.0(, '[A-Z0-9]+': \d+\.0)*\}$", first.Groups[1].Value);
        var cells = Regex.Replace(lines[1], "\"[^\"]*\"", "x").Split(',');
        Assert.InRange(int.Parse(cells[fold], CultureInfo.InvariantCulture), 1, 10);
        Assert.Equal("records100/00000/00001_lr", cells[lr]);
        var low = WfdbRecord.Read(world.PathOf("ptbxl", cells[lr] + ".hea"));
        var high = WfdbRecord.Read(world.PathOf("ptbxl", cells[hr] + ".hea"));
        Assert.Equal(100, low.FrameRateHz); Assert.Equal(1000, low.FrameCount);
        Assert.Equal(500, high.FrameRateHz); Assert.Equal(5000, high.FrameCount);
        Assert.All(low.Checks.Concat(high.Checks), c => Assert.True(c.ChecksumMatches));
        Assert.Equal(new[] { "I", "II", "III", "AVR", "AVL", "AVF", "V1", "V2", "V3", "V4", "V5", "V6" }, high.Header.SignalNames);
        Assert.Equal(Count("ptbxl", "AF"), lines.Count(l => l.Contains("'AFIB'")));
    }

    [Theory]
    [InlineData("g12ec", "E00001", @"^E\d{5}$")]
    [InlineData("cpsc", "A0001", @"^A\d{4}$")]
    public void Challenge_records_carry_age_sex_and_snomed_dx(string task, string first, string namePattern)
    {
        var headers = Directory.GetFiles(world.PathOf(task, "WFDB"), "*.hea");
        Assert.All(headers, h => Assert.Matches(namePattern, Path.GetFileNameWithoutExtension(h)));
        var data = WfdbRecord.Read(world.PathOf(task, "WFDB", first + ".hea"));
        Assert.Equal(500, data.FrameRateHz);
        Assert.Equal(12, data.Signals.Count);
        Assert.All(data.Checks, c => Assert.True(c.ChecksumMatches));
        Assert.NotNull(data.Header.Comments.AgeYears);
        Assert.NotEqual(WfdbSex.Unknown, data.Header.Comments.Sex);
        Assert.NotEmpty(data.Header.Comments.DxCodes);
        int af = headers.Count(h => WfdbHeaderParser.Parse(File.ReadAllText(h), h).Comments.DxCodes.Contains("164889003"));
        Assert.Equal(Count(task, "AF"), af);
        Assert.EndsWith(".mat", data.Header.Signals[0].FileName);
    }
}
