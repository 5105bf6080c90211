using SleepFM.Channels;
using SleepFM.IO;
using SleepFM.IO.Edf;
using SleepFM.Signals;

namespace SleepFM.Datasets;

/// <summary>
/// <c>edf-labels</c>: a folder of EEG recordings (EDF/EDF+) with one label per recording in a CSV, the
/// generic layout that fits BrainCapture.
/// </summary>
/// <remarks>
/// <para><b>Labels file</b> <c>labels.csv</c> in the source folder, columns <c>file,label</c> and optionally
/// <c>subject</c> (default: the file stem) and <c>split</c> (<c>test</c>/<c>eval</c> marks an official evaluation
/// set; anything else or empty leaves the split to the seeded shuffle). <c>file</c> is relative to the source folder.</para>
/// <para><b>Classes</b> are the distinct labels sorted ordinally (so every partition of a <c>--shard i/n</c> run sees
/// the same indices), unless given to the constructor.</para>
/// <para><b>Channels</b>: the EEG/EOG (BAS) channels, file order, up to <c>maxChannels</c>. <b>Windows</b>: consecutive
/// 60-s clips (configurable), each with its recording's label. <b>Preprocessing</b>:
/// <see cref="PreprocessingChain.EegDownstream(double)"/> (band-pass 0.5–70 Hz, mains notch, 128 Hz, clip ±50 µV / 10 µV).</para>
/// </remarks>
public sealed class EdfLabelsRecipe : IDatasetRecipe
{
    /// <summary>Name of the labels table in the source folder.</summary>
    public const string LabelsFileName = "labels.csv";

    readonly int maxChannels;
    LabelSpace? labels;

    /// <summary>Creates the recipe.</summary>
    /// <param name="lineFrequencyHz">Mains frequency of the recording site (50 or 60 Hz) for the notch.</param>
    /// <param name="windowSeconds">Window length, seconds, &gt; 0.</param>
    /// <param name="maxChannels">EEG channels kept per recording, ≥ 1.</param>
    /// <param name="classNames">Fixed class order, or null to use the sorted distinct labels of the table.</param>
    public EdfLabelsRecipe(double lineFrequencyHz = 50, double windowSeconds = 60, int maxChannels = 64, IReadOnlyList<string>? classNames = null)
    {
        if (!(windowSeconds > 0) || double.IsInfinity(windowSeconds))
            throw new ArgumentOutOfRangeException(nameof(windowSeconds), windowSeconds, "must be finite and > 0");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChannels, 1);
        Chain = PreprocessingChain.EegDownstream(lineFrequencyHz);
        WindowSeconds = windowSeconds;
        this.maxChannels = maxChannels;
        if (classNames is not null) labels = new LabelSpace(classNames.ToArray(), MultiLabel: false);
    }

    /// <inheritdoc />
    public string Name => "edf-labels";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; }

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No class names were given and <see cref="Enumerate"/> has not run yet.</exception>
    public LabelSpace Labels => labels ?? throw new InvalidOperationException("The classes come from labels.csv: call Enumerate first, or pass classNames.");

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory)) throw new DirectoryNotFoundException($"Source folder '{sourceDirectory}' does not exist.");
        string path = Path.Combine(sourceDirectory, LabelsFileName);
        if (!File.Exists(path)) throw new DatasetLayoutException(path, "the labels table is missing (columns: file,label[,subject][,split])");
        var table = CsvTable.Read(path);
        int fileColumn = table.Column("file"), labelColumn = table.Column("label");
        int? subjectColumn = table.OptionalColumn("subject", "subject_id");
        int? splitColumn = table.OptionalColumn("split");
        var classes = labels?.ClassNames ?? table.Rows.Select(r => r.Cells[labelColumn]).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
        var result = new List<RecordingDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var file = cells[fileColumn];
            if (file.Length == 0) throw new DatasetLayoutException(path, "the file cell is empty", line);
            var full = Path.GetFullPath(Path.Combine(sourceDirectory, file));
            string id = SourceFiles.RelativeId(sourceDirectory, full);
            if (!seen.Add(id)) throw new DatasetLayoutException(path, $"recording '{file}' is listed twice", line);
            var label = cells[labelColumn];
            if (!classes.Contains(label)) throw new DatasetLayoutException(path, $"label '{label}' is not one of the classes {string.Join(", ", classes)}", line);
            string subject = subjectColumn is { } sc && cells[sc].Length > 0 ? cells[sc] : Path.GetFileNameWithoutExtension(file);
            DataSplit? split = splitColumn is { } spc && cells[spc].Trim().ToLowerInvariant() is "test" or "eval" ? DataSplit.Test : null;
            result.Add(new RecordingDescriptor(id, subject, [full], split, new Dictionary<string, string> { ["label"] = label }));
        }
        labels ??= new LabelSpace(classes, MultiLabel: false);
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        int label = Labels.ClassNames.ToList().IndexOf(recording.Properties["label"]);
        var edf = EdfFile.Open(recording.MainFile);
        try
        {
            double duration = EdfChannelSelection.ContinuousDurationSeconds(edf);
            var channels = EdfChannelSelection.Select(edf, [Modality.BAS], _ => maxChannels);
            if (channels.Count == 0)
                throw new DatasetLayoutException(recording.MainFile, $"no EEG channel recognised (labels: {string.Join(", ", edf.DataSignals.Select(s => s.Label))})");
            duration = Math.Min(duration, channels.Min(c => edf.DataSignals.First(s => s.Label == c.Label).SampleCount / c.SampleRateHz));
            var windows = WindowPlanner.FixedStarts(duration, WindowSeconds).Select(s => new LabelledWindow(s, [label])).ToList();
            return new SourceRecording(channels, windows, duration, new List<ReadWarning>(edf.Warnings), edf);
        }
        catch
        {
            edf.Dispose();
            throw;
        }
    }
}
