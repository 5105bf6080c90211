using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>tuab</c>: TUH Abnormal EEG Corpus, <c>edf/{train,eval}/{normal,abnormal}/01_tcp_ar/&lt;subject&gt;_s&lt;nnn&gt;_t&lt;nnn&gt;.edf</c>.
/// </summary>
/// <remarks>
/// <para>Label from the <c>normal</c>/<c>abnormal</c> folder (classes in <see cref="TaskCatalog.Tuab"/> order);
/// <c>eval/</c> is the official test set; subject = file name up to the first '_'.</para>
/// <para>Channels: <see cref="EegMontage.Tuh19"/> (referential, 19). Windows: consecutive non-overlapping clips of
/// <see cref="WindowSeconds"/> (default 10 s: 10 tokens keep CPU fine-tuning fast; the paper uses 60 s, pass 60 for
/// it), each labelled with its recording's label. Preprocessing: <see cref="PreprocessingChain.EegDownstream"/> with
/// a 60-Hz notch (US recordings).</para>
/// </remarks>
public sealed class TuabRecipe : IDatasetRecipe
{
    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Window length, seconds, a multiple of 1 s, &gt; 0.</param>
    public TuabRecipe(double windowSeconds = 10)
    {
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
    }

    /// <inheritdoc />
    public string Name => "tuab";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EegDownstream(60);

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; } = new(TaskCatalog.Tuab.Classes, MultiLabel: false);

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        var result = new List<RecordingDescriptor>();
        foreach (var file in SourceFiles.Find(sourceDirectory, ".edf"))
        {
            string id = SourceFiles.RelativeId(sourceDirectory, file);
            string? label = EegMontage.HasFolder(id, "abnormal") ? "abnormal" : EegMontage.HasFolder(id, "normal") ? "normal" : null;
            if (label is null) throw new DatasetLayoutException(file, "is in neither a 'normal' nor an 'abnormal' folder");
            DataSplit? split = EegMontage.HasFolder(id, "eval") ? DataSplit.Test : null;
            result.Add(new RecordingDescriptor(id, EegMontage.TuhSubject(file), [file], split, new Dictionary<string, string> { ["label"] = label }));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        int label = Labels.ClassNames.ToList().IndexOf(recording.Properties["label"]);
        return EegMontage.Open(recording.MainFile, EegMontage.Tuh19,
            duration => WindowPlanner.FixedStarts(duration, WindowSeconds).Select(s => new LabelledWindow(s, [label])).ToList());
    }
}
