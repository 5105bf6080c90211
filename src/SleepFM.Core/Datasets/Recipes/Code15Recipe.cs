using System.Collections.Concurrent;
using System.Globalization;
using SleepFM.IO;
using SleepFM.IO.Hdf5;
using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>code15</c>: CODE-15% (the ECG fine-tuning set), <c>exams.csv</c> plus <c>exams_part&lt;k&gt;.hdf5</c> files holding
/// <c>tracings [N, 4096, 12]</c> at 400 Hz (mV) and <c>exam_id [N]</c>.
/// </summary>
/// <remarks>
/// <para>Labels (multi-label): the <c>exams.csv</c> columns 1dAVb, RBBB, LBBB, SB, ST, AF (<see cref="Task"/> order), or
/// the subset given to the constructor, e.g. a downstream task's classes (<see cref="ForTask"/>) so a CODE-15% head
/// predicts exactly the labels PTB-XL / G12EC / CPSC are scored on.</para>
/// <para>One recording per exam whose trace file exists; subject = <c>patient_id</c> (the exam id when empty); no
/// official split. One window per exam: the central <see cref="WindowSeconds"/> (default 10 s) of the 10.24-s tracing,
/// because CODE-15% zero-pads 10-s exams to 4,096 samples at both ends. 12 leads in <see cref="EcgLeads.Standard12"/>
/// order. Preprocessing: <see cref="PreprocessingChain.EcgDownstream"/>.</para>
/// </remarks>
public sealed class Code15Recipe : IDatasetRecipe
{
    /// <summary>The CODE-15% label set as a task (not one of the paper's eight: it is the ECG training set).</summary>
    public static DownstreamTask Task { get; } = new("code15", "CODE-15%", SignalFamily.Ecg, TaskKind.Multilabel,
        ["1dAVb", "RBBB", "LBBB", "SB", "ST", "AF"], "macro_f1", "HDF5 tracings [N, 4096, 12] at 400 Hz + exams.csv");

    readonly ConcurrentDictionary<string, Lazy<Dictionary<long, int>>> examRows = new(StringComparer.Ordinal);

    /// <summary>Creates the recipe.</summary>
    /// <param name="classNames">Labels to keep, a subset of <see cref="Task"/>'s classes, in the wanted order; null = all six.</param>
    /// <param name="windowSeconds">Window length, whole seconds, 1–10.</param>
    public Code15Recipe(IReadOnlyList<string>? classNames = null, double windowSeconds = 10)
    {
        RecipeChecks.WindowLength(windowSeconds);
        if (windowSeconds > 10) throw new ArgumentOutOfRangeException(nameof(windowSeconds), windowSeconds, "CODE-15% exams are 10 s long");
        var names = classNames ?? Task.Classes;
        foreach (var n in names)
            if (!Task.Classes.Contains(n)) throw new ArgumentException($"'{n}' is not a CODE-15% label ({string.Join(", ", Task.Classes)}).", nameof(classNames));
        WindowSeconds = windowSeconds;
        Labels = new LabelSpace(names.ToArray(), MultiLabel: true);
    }

    /// <summary>A recipe predicting the labels a downstream ECG task is scored on (PTB-XL: RBBB, LBBB, SB, AF; G12EC/CPSC: 1dAVb, RBBB, LBBB, AF).</summary>
    public static Code15Recipe ForTask(DownstreamTask task) => new(task.Classes);

    /// <inheritdoc />
    public string Name => "code15";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EcgDownstream;

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; }

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory)) throw new DirectoryNotFoundException($"Source folder '{sourceDirectory}' does not exist.");
        string csv = Path.Combine(sourceDirectory, "exams.csv");
        if (!File.Exists(csv)) throw new DatasetLayoutException(csv, "exams.csv is missing");
        var result = new List<RecordingDescriptor>();
        foreach (var exam in Code15ExamsCsv.Read(csv))
        {
            string trace = Path.Combine(sourceDirectory, exam.TraceFile);
            if (exam.TraceFile.Length == 0 || !File.Exists(trace)) continue;
            string id = exam.ExamId.ToString(CultureInfo.InvariantCulture);
            bool[] all = [exam.FirstDegreeAvBlock, exam.Rbbb, exam.Lbbb, exam.SinusBradycardia, exam.SinusTachycardia, exam.AtrialFibrillation];
            var flags = Labels.ClassNames.Select(n => all[Task.Classes.ToList().IndexOf(n)] ? 1 : 0);
            string subject = exam.PatientId is { } p ? p.ToString(CultureInfo.InvariantCulture) : $"exam{id}";
            result.Add(new RecordingDescriptor($"{Path.GetFileNameWithoutExtension(exam.TraceFile)}/{id}", subject, [trace], null,
                new Dictionary<string, string> { ["exam_id"] = id, ["labels"] = string.Join(",", flags) }));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        string file = recording.MainFile;
        long examId = long.Parse(recording.Properties["exam_id"], CultureInfo.InvariantCulture);
        var rows = examRows.GetOrAdd(file, f => new Lazy<Dictionary<long, int>>(() => ReadRows(f))).Value;
        if (!rows.TryGetValue(examId, out int row))
            throw new Hdf5FormatException(file, $"dataset '{Code15Layout.ExamIdDataset}'", null, $"does not contain exam {examId} listed in exams.csv");
        float[][] leads;
        using (var h5 = Code15Hdf5File.Open(file)) leads = h5.ReadLeads(row);
        double duration = leads[0].Length / Code15Layout.SampleRateHz;
        double start = Math.Round((duration - WindowSeconds) / 2 * Code15Layout.SampleRateHz) / Code15Layout.SampleRateHz;
        var labels = recording.Properties["labels"].Split(',').Select(int.Parse).ToArray();
        var windows = duration + 1e-9 >= WindowSeconds ? new List<LabelledWindow> { new(Math.Max(0, start), labels) } : [];
        return new SourceRecording(EcgLeads.FromArrays(leads, Code15Layout.SampleRateHz), windows, duration, new List<ReadWarning>(), null);
    }

    static Dictionary<long, int> ReadRows(string file)
    {
        using var h5 = Code15Hdf5File.Open(file);
        var ids = h5.ReadExamIds();
        var map = new Dictionary<long, int>(ids.Length);
        for (int i = 0; i < ids.Length; i++) map.TryAdd(ids[i], i);
        return map;
    }
}
