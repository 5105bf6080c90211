using System.Globalization;
using System.Text.RegularExpressions;
using SleepFM.IO.Edf;
using SleepFM.IO.Hdf5;
using SleepFM.IO.Wfdb;
using SleepFM.Synthetic.Analysis;
using SleepFM.Synthetic.Downstream;
using SleepFM.Tasks;

namespace SleepFM.Tests.Synthetic.Downstream;

/// <summary>
/// The learnability baseline of the issue: log band powers (Welch) per window plus a logistic regression,
/// scored with two-fold cross-validation by subject (never by window). Multilabel ECG tasks fit one
/// binary model per label. The score is the mean per-class recall (balanced accuracy), averaged over
/// labels for multilabel tasks; chance is 1/K (0.5 per label).
/// </summary>
public static class BandPowerBaseline
{
    static readonly (double Low, double High)[] EegBands = [(1, 4), (4, 8), (8, 13), (13, 30), (30, 70)];
    static readonly (double Low, double High)[] EcgBands = [(0.5, 3), (3, 8), (8, 15), (15, 40)];

    /// <summary>One labelled sample: subject, features, class index (or label flags).</summary>
    public sealed record Sample(string Subject, double[] Features, int[] Labels);

    /// <summary>Balanced accuracy (mean over labels for multilabel) of every task under <paramref name="root"/>.</summary>
    public static IReadOnlyDictionary<string, double> Score(string root) =>
        TaskCatalog.All.ToDictionary(t => t.Id, t => Evaluate(t, Samples(root, t.Id)));

    /// <summary>Loads one task's samples with the project's readers.</summary>
    public static List<Sample> Samples(string root, string task) => task switch
    {
        "tuab" => Directory.GetFiles(Path.Combine(root, "tuab"), "*.edf", SearchOption.AllDirectories).Order()
            .SelectMany(f => Windows(f, 10, _ => f.Contains("/abnormal/") ? 1 : 0, Path.GetFileName(f)[..8])).ToList(),
        "braincapture" => File.ReadAllLines(Path.Combine(root, "braincapture", "labels.csv")).Skip(1).Select(l => l.Split(','))
            .SelectMany(c => Windows(Path.Combine(root, "braincapture", c[0]), 10, _ => c[1] == "abnormal" ? 1 : 0, c[2])).ToList(),
        "tusl" => Directory.GetFiles(Path.Combine(root, "tusl"), "*.edf", SearchOption.AllDirectories).Order().SelectMany(f =>
        {
            var spans = File.ReadAllLines(Path.ChangeExtension(f, ".tse")).Skip(2).Select(l => l.Split(' '))
                .Select(p => (Start: double.Parse(p[0], CultureInfo.InvariantCulture), Stop: double.Parse(p[1], CultureInfo.InvariantCulture), Label: Array.IndexOf(["bckg", "cmpl", "seiz", "slow"], p[2]))).ToList();
            return Windows(f, 10, t => spans.First(s => t + 5 >= s.Start && t + 5 < s.Stop).Label, Path.GetFileName(f)[..8]);
        }).ToList(),
        "chbmit" => Directory.GetDirectories(Path.Combine(root, "chbmit")).Order().SelectMany(d =>
        {
            string id = Path.GetFileName(d);
            var text = File.ReadAllText(Path.Combine(d, id + "-summary.txt"));
            return Directory.GetFiles(d, "*.edf").Order().SelectMany(f =>
            {
                var block = Regex.Match(text, $@"File Name: {Path.GetFileName(f)}\n(?:.*\n)*?Number of Seizures in File: (\d)\n(?:Seizure(?: \d)? Start Time: (\d+) seconds\nSeizure(?: \d)? End Time: (\d+) seconds\n)?");
                double on = block.Groups[2].Success ? double.Parse(block.Groups[2].Value, CultureInfo.InvariantCulture) : -1, off = block.Groups[3].Success ? double.Parse(block.Groups[3].Value, CultureInfo.InvariantCulture) : -1;
                return Windows(f, 10, t => Math.Min(t + 10, off) - Math.Max(t, on) > 5 ? 1 : 0, id);
            });
        }).ToList(),
        "tuev" => TuevSamples(root, knowsEventChannel: true),
        "ptbxl" => PtbXl(root),
        "g12ec" or "cpsc" => Directory.GetFiles(Path.Combine(root, task, "WFDB"), "*.hea").Order().Select(h =>
        {
            var data = WfdbRecord.Read(h);
            var dx = data.Header.Comments.DxCodes;
            int[] labels = [dx.Contains("270492004") ? 1 : 0, dx.Contains("59118001") || dx.Contains("713427006") ? 1 : 0,
                dx.Contains("164909002") || dx.Contains("733534002") ? 1 : 0, dx.Contains("164889003") ? 1 : 0];
            return new Sample(Path.GetFileNameWithoutExtension(h), EcgFeatures(Enumerable.Range(0, 12).Select(i => data.SignalInMillivolts(i)!).ToArray(), 500), labels);
        }).ToList(),
        _ => throw new ArgumentException(task),
    };

    static IEnumerable<Sample> Windows(string edfPath, int seconds, Func<double, int> label, string subject)
    {
        using var edf = EdfFile.Open(edfPath);
        double fs = edf.DataSignals[0].SampleRateHz;
        var signals = edf.ReadMicrovolts(Enumerable.Range(0, edf.DataSignals.Count).ToList());
        int n = (int)(seconds * fs);
        for (int s = 0; s + n <= signals[0].Length; s += n)
            yield return new Sample(subject, EegFeatures(signals.Select(x => x.AsSpan(s, n).ToArray()).ToArray(), fs), [label(s / fs)]);
    }

    /// <summary>
    /// TUEV's event-centred windows. The task's baseline is told which channel the event was marked on (the .rec file
    /// says) and adds that channel's band powers; the networks are not told (as in the paper), so
    /// <see cref="TuevWithoutEventChannel"/> scores the same baseline from the all-channel features alone.
    /// </summary>
    static IEnumerable<Sample> TuevWindows(string edfPath, bool knowsEventChannel)
    {
        using var edf = EdfFile.Open(edfPath);
        double fs = edf.DataSignals[0].SampleRateHz;
        var refs = edf.ReadMicrovolts(Enumerable.Range(0, edf.DataSignals.Count).ToList());
        var names = edf.DataSignals.Select(s => s.Label).ToList();
        float[] Of(string e) => refs[names.IndexOf(DownstreamMontages.TuhLabel(e))];
        var tcp = DownstreamMontages.TcpMontage.Select(p => Of(p.Active).Zip(Of(p.Reference), (a, b) => a - b).ToArray()).ToArray();
        int n = (int)(5 * fs);
        foreach (var line in File.ReadAllLines(Path.ChangeExtension(edfPath, ".rec")))
        {
            var c = line.Split(',');
            int ch = int.Parse(c[0], CultureInfo.InvariantCulture);
            double centre = double.Parse(c[1], CultureInfo.InvariantCulture) + 0.5;
            int start = Math.Clamp((int)((centre - 2.5) * fs), 0, tcp[0].Length - n);
            var window = tcp.Select(x => x.AsSpan(start, n).ToArray()).ToArray();
            var features = knowsEventChannel ? EegFeatures([window[ch]], fs).Concat(EegFeatures(window, fs)).ToArray() : EegFeatures(window, fs);
            yield return new Sample(Path.GetFileName(edfPath)[..8], features, [int.Parse(c[3], CultureInfo.InvariantCulture) - 1]);
        }
    }

    /// <summary>TUEV's balanced accuracy from the all-channel features only, as the networks see the windows.</summary>
    public static double TuevWithoutEventChannel(string root) => Evaluate(TaskCatalog.Tuev, TuevSamples(root, knowsEventChannel: false));

    static List<Sample> TuevSamples(string root, bool knowsEventChannel) =>
        Directory.GetFiles(Path.Combine(root, "tuev"), "*.edf", SearchOption.AllDirectories).Order()
            .SelectMany(f => TuevWindows(f, knowsEventChannel)).ToList();

    static List<Sample> PtbXl(string root)
    {
        var lines = File.ReadAllLines(Path.Combine(root, "ptbxl", "ptbxl_database.csv"));
        var header = lines[0].Split(',');
        int hr = Array.IndexOf(header, "filename_hr"), patient = Array.IndexOf(header, "patient_id");
        return lines.Skip(1).Select(l =>
        {
            var codes = Regex.Match(l, "\"(\\{.*\\})\"").Groups[1].Value;
            var cells = Regex.Replace(l, "\"[^\"]*\"", "x").Split(',');
            var data = WfdbRecord.Read(Path.Combine(root, "ptbxl", cells[hr] + ".hea"));
            int[] labels = [codes.Contains("'CRBBB'") ? 1 : 0, codes.Contains("'CLBBB'") ? 1 : 0, codes.Contains("'SBRAD'") ? 1 : 0, codes.Contains("'AFIB'") ? 1 : 0];
            return new Sample(cells[patient], EcgFeatures(Enumerable.Range(0, 12).Select(i => data.SignalInMillivolts(i)!).ToArray(), 500), labels);
        }).ToList();
    }

    /// <summary>Channel-mean log band powers, their across-channel spread, and the largest left/right log-power ratio.</summary>
    static double[] EegFeatures(float[][] channels, double fs)
    {
        int segment = fs * 2 >= 512 ? 512 : 256;
        var spectra = channels.Select(c => Welch.Compute(c, fs, segment)).ToArray();
        var features = new List<double>();
        foreach (var (lo, hi) in EegBands)
        {
            var logs = spectra.Select(s => Math.Log(s.BandPower(lo, hi) + 1e-6)).ToArray();
            features.Add(logs.Average());
            features.Add(logs.Max() - logs.Average());
        }
        return features.ToArray();
    }

    /// <summary>Log band powers of leads II and V1 and the lead mean.</summary>
    static double[] EcgFeatures(float[][] leads, double fs)
    {
        var features = new List<double>();
        foreach (var lead in new[] { leads[1], leads[6] })
        {
            var s = Welch.Compute(lead, fs, 1024);
            features.AddRange(EcgBands.Select(b => Math.Log(s.BandPower(b.Low, b.High) + 1e-9)));
        }
        var spectra = leads.Select(l => Welch.Compute(l, fs, 1024)).ToArray();
        features.AddRange(EcgBands.Select(b => spectra.Average(s => Math.Log(s.BandPower(b.Low, b.High) + 1e-9))));
        return features.ToArray();
    }

    /// <summary>Two-fold subject-wise cross-validated balanced accuracy (mean over labels for multilabel).</summary>
    public static double Evaluate(DownstreamTask task, List<Sample> samples)
    {
        var subjects = samples.Select(s => s.Subject).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = subjects.Select((s, i) => (s, i % 2)).ToDictionary(x => x.s, x => x.Item2);
        if (task.Kind == TaskKind.Multilabel)
            return Enumerable.Range(0, task.Classes.Count).Average(l => CrossValidate(samples, fold, s => s.Labels[l], 2));
        return CrossValidate(samples, fold, s => s.Labels[0], task.Classes.Count);
    }

    static double CrossValidate(List<Sample> samples, Dictionary<string, int> fold, Func<Sample, int> label, int classes)
    {
        var hits = new int[classes];
        var totals = new int[classes];
        for (int f = 0; f < 2; f++)
        {
            var train = samples.Where(s => fold[s.Subject] != f).ToList();
            var test = samples.Where(s => fold[s.Subject] == f).ToList();
            // Class weights by oversampling: rare classes would otherwise never be predicted.
            var counts = Enumerable.Range(0, classes).Select(c => train.Count(s => label(s) == c)).ToArray();
            int most = counts.Max();
            var x = new List<double[]>();
            var y = new List<int>();
            foreach (var s in train) { int k = label(s); for (int r = 0; r < Math.Max(1, most / Math.Max(1, counts[k])); r++) { x.Add(s.Features); y.Add(k); } }
            var model = new SoftmaxRegression(x, y, classes, iterations: 300, rate: 0.5, l2: 1e-2);
            foreach (var s in test) { int k = label(s); totals[k]++; if (model.Predict(s.Features) == k) hits[k]++; }
        }
        return Enumerable.Range(0, classes).Where(c => totals[c] > 0).Average(c => hits[c] / (double)totals[c]);
    }
}
