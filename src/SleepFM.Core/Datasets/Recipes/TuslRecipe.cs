using System.Globalization;
using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>tusl</c>: TUH EEG Slowing Corpus, <c>edf/&lt;subject&gt;/&lt;session&gt;/&lt;subject&gt;_&lt;session&gt;_t&lt;nnn&gt;.edf</c>
/// with a <c>.tse</c> beside each.
/// </summary>
/// <remarks>
/// <para><c>.tse</c> term lines are <c>start stop label probability</c> after a <c>version = …</c> line; labels
/// <c>bckg</c> → normal, <c>cmpl</c> → complex_background, <c>seiz</c> → seizure, <c>slow</c> → slowing
/// (<see cref="TaskCatalog.Tusl"/> order).</para>
/// <para>Windows: consecutive <see cref="WindowSeconds"/> clips (default 10 s, TUSL's label grid), each labelled with
/// the class covering most of it (<see cref="WindowPlanner.MajorityLabel"/>); clips no term covers are dropped.
/// No official split (seeded 10 %/10 % subject shuffle). Subject = file name up to the first '_'. Channels:
/// <see cref="EegMontage.Tuh19"/>. Preprocessing: <see cref="PreprocessingChain.EegDownstream"/>, 60-Hz notch.</para>
/// </remarks>
public sealed class TuslRecipe : IDatasetRecipe
{
    static readonly string[] Codes = ["bckg", "cmpl", "seiz", "slow"];

    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Window length, whole seconds, &gt; 0.</param>
    public TuslRecipe(double windowSeconds = 10)
    {
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
    }

    /// <inheritdoc />
    public string Name => "tusl";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EegDownstream(60);

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; } = new(TaskCatalog.Tusl.Classes, MultiLabel: false);

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        var result = new List<RecordingDescriptor>();
        foreach (var file in SourceFiles.Find(sourceDirectory, ".edf"))
        {
            string tse = Path.ChangeExtension(file, ".tse");
            if (!File.Exists(tse)) throw new DatasetLayoutException(tse, "the term annotations (.tse) of this EDF are missing");
            result.Add(new RecordingDescriptor(SourceFiles.RelativeId(sourceDirectory, file), EegMontage.TuhSubject(file), [file, tse], null,
                new Dictionary<string, string>()));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        var terms = ReadTse(recording.Files[1]);
        return EegMontage.Open(recording.MainFile, EegMontage.Tuh19, duration => WindowPlanner.FixedStarts(duration, WindowSeconds)
            .Select(s => new LabelledWindow(s, [WindowPlanner.MajorityLabel(terms, s, WindowSeconds)]))
            .Where(w => w.Labels[0] != LabelSpace.Unknown).ToList());
    }

    /// <summary>Parses a <c>.tse</c> file into intervals labelled with <see cref="TaskCatalog.Tusl"/> class indices.</summary>
    /// <exception cref="DatasetLayoutException">A term line is malformed or has an unknown label.</exception>
    public static IReadOnlyList<LabelledInterval> ReadTse(string path)
    {
        var lines = File.ReadAllLines(path);
        var result = new List<LabelledInterval>();
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("version", StringComparison.OrdinalIgnoreCase)) continue;
            var cells = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length < 3
                || !double.TryParse(cells[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double start)
                || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double stop)
                || !double.IsFinite(start) || !double.IsFinite(stop) || stop <= start)
                throw new DatasetLayoutException(path, $"'{text}' is not 'start stop label probability'", i + 1);
            int label = Array.IndexOf(Codes, cells[2].ToLowerInvariant());
            if (label < 0) throw new DatasetLayoutException(path, $"label '{cells[2]}' is not one of {string.Join(", ", Codes)}", i + 1);
            result.Add(new LabelledInterval(start, stop - start, label));
        }
        return result;
    }
}
