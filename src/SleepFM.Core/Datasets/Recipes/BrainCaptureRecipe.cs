using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>braincapture</c>: a folder of 19-channel EEG recordings with <c>labels.csv</c> (<c>file,label[,subject]</c>, labels
/// <c>normal</c>/<c>abnormal</c>; <c>file</c> relative to the folder, e.g. <c>recordings/BC0001_01.edf</c>).
/// </summary>
/// <remarks>
/// Classes in <see cref="TaskCatalog.BrainCapture"/> order; subject = the <c>subject</c> cell, else the file stem.
/// No official split. Channels: <see cref="EegMontage.TenTwenty19"/>. Windows: consecutive <see cref="WindowSeconds"/>
/// clips (default 10 s for CPU speed; the paper uses 60 s), each with its recording's label. Preprocessing:
/// <see cref="PreprocessingChain.EegDownstream"/>, 50-Hz notch (Denmark).
/// </remarks>
public sealed class BrainCaptureRecipe : IDatasetRecipe
{
    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Window length, whole seconds, &gt; 0.</param>
    public BrainCaptureRecipe(double windowSeconds = 10)
    {
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
    }

    /// <inheritdoc />
    public string Name => "braincapture";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EegDownstream(50);

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; } = new(TaskCatalog.BrainCapture.Classes, MultiLabel: false);

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory)) throw new DirectoryNotFoundException($"Source folder '{sourceDirectory}' does not exist.");
        string path = Path.Combine(sourceDirectory, "labels.csv");
        if (!File.Exists(path)) throw new DatasetLayoutException(path, "the labels table is missing (columns: file,label[,subject])");
        var table = CsvTable.Read(path);
        int fileColumn = table.Column("file"), labelColumn = table.Column("label");
        int? subjectColumn = table.OptionalColumn("subject", "subject_id");
        var result = new List<RecordingDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var file = cells[fileColumn].Trim();
            if (file.Length == 0) throw new DatasetLayoutException(path, "the file cell is empty", line);
            var label = cells[labelColumn].Trim().ToLowerInvariant();
            if (!Labels.ClassNames.Contains(label)) throw new DatasetLayoutException(path, $"label '{cells[labelColumn]}' is not normal or abnormal", line);
            var full = Path.GetFullPath(Path.Combine(sourceDirectory, file));
            string id = SourceFiles.RelativeId(sourceDirectory, full);
            if (!seen.Add(id)) throw new DatasetLayoutException(path, $"recording '{file}' is listed twice", line);
            string subject = subjectColumn is { } sc && cells[sc].Trim().Length > 0 ? cells[sc].Trim() : Path.GetFileNameWithoutExtension(file);
            result.Add(new RecordingDescriptor(id, subject, [full], null, new Dictionary<string, string> { ["label"] = label }));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        int label = Labels.ClassNames.ToList().IndexOf(recording.Properties["label"]);
        return EegMontage.Open(recording.MainFile, EegMontage.TenTwenty19,
            duration => WindowPlanner.FixedStarts(duration, WindowSeconds).Select(s => new LabelledWindow(s, [label])).ToList());
    }
}
