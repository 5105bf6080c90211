using System.Globalization;
using System.Text.RegularExpressions;
using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>chbmit</c>: CHB-MIT Scalp EEG, <c>chb&lt;NN&gt;/chb&lt;NN&gt;_&lt;MM&gt;.edf</c> plus <c>chb&lt;NN&gt;/chb&lt;NN&gt;-summary.txt</c>.
/// </summary>
/// <remarks>
/// <para>Seizure intervals come from the summary's <c>File Name:</c> blocks (<c>Seizure Start Time: 36 seconds</c>, or
/// <c>Seizure 1 Start Time:</c> in later files); a file the summary does not list has none.</para>
/// <para>Windows: consecutive <see cref="WindowSeconds"/> clips (default 10 s), <c>seizure</c> when more than half of the
/// clip lies inside seizures (the majority rule), else <c>non_seizure</c> (<see cref="TaskCatalog.ChbMit"/> order).
/// No official split; subject = the <c>chbNN</c> folder. Channels: <see cref="EegMontage.ChbMit18"/>, found by label
/// (the first of a repeated label wins, so the duplicated <c>T8-P8</c> is harmless). Preprocessing:
/// <see cref="PreprocessingChain.EegDownstream"/>, 60-Hz notch (Boston).</para>
/// </remarks>
public sealed partial class ChbMitRecipe : IDatasetRecipe
{
    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Window length, whole seconds, &gt; 0.</param>
    public ChbMitRecipe(double windowSeconds = 10)
    {
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
    }

    /// <inheritdoc />
    public string Name => "chbmit";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EegDownstream(60);

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; } = new(TaskCatalog.ChbMit.Classes, MultiLabel: false);

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        var result = new List<RecordingDescriptor>();
        foreach (var file in SourceFiles.Find(sourceDirectory, ".edf"))
        {
            string folder = Path.GetDirectoryName(file)!;
            string subject = Path.GetFileName(folder);
            string summary = Path.Combine(folder, $"{subject}-summary.txt");
            var files = File.Exists(summary) ? new[] { file, summary } : [file];
            result.Add(new RecordingDescriptor(SourceFiles.RelativeId(sourceDirectory, file), subject, files, null, new Dictionary<string, string>()));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        var seizures = recording.Files.Count > 1
            ? ReadSummary(recording.Files[1]).GetValueOrDefault(Path.GetFileName(recording.MainFile), [])
            : [];
        return EegMontage.Open(recording.MainFile, EegMontage.ChbMit18, duration => WindowPlanner.FixedStarts(duration, WindowSeconds)
            .Select(s => new LabelledWindow(s, [SeizureSeconds(seizures, s, WindowSeconds) > WindowSeconds / 2 ? 1 : 0])).ToList());
    }

    /// <summary>Seconds of [start, start + duration) inside any of the (non-overlapping) seizures.</summary>
    public static double SeizureSeconds(IReadOnlyList<(double Start, double End)> seizures, double startSeconds, double durationSeconds) =>
        seizures.Sum(z => Math.Max(0, Math.Min(startSeconds + durationSeconds, z.End) - Math.Max(startSeconds, z.Start)));

    /// <summary>Parses a <c>chbNN-summary.txt</c>: per EDF file name, its seizures (start, end) in seconds from the file's start.</summary>
    /// <exception cref="DatasetLayoutException">A start without an end, or an end before its start.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<(double Start, double End)>> ReadSummary(string path)
    {
        var result = new Dictionary<string, IReadOnlyList<(double, double)>>(StringComparer.OrdinalIgnoreCase);
        List<(double, double)>? current = null;
        double? pendingStart = null;
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.StartsWith("File Name:", StringComparison.OrdinalIgnoreCase))
            {
                if (pendingStart is not null) throw new DatasetLayoutException(path, "a seizure start has no end time", i + 1);
                current = [];
                result[text["File Name:".Length..].Trim()] = current;
                continue;
            }
            var m = SeizureTime().Match(text);
            if (!m.Success) continue;
            if (current is null) throw new DatasetLayoutException(path, "a seizure time comes before any 'File Name:' line", i + 1);
            double seconds = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (m.Groups[1].Value.Equals("Start", StringComparison.OrdinalIgnoreCase)) pendingStart = seconds;
            else
            {
                if (pendingStart is not { } start || seconds < start)
                    throw new DatasetLayoutException(path, "a seizure end time has no earlier start time", i + 1);
                current.Add((start, seconds));
                pendingStart = null;
            }
        }
        if (pendingStart is not null) throw new DatasetLayoutException(path, "the last seizure start has no end time");
        return result;
    }

    [GeneratedRegex(@"^Seizure\s*\d*\s*(Start|End)\s*Time\s*:\s*([0-9]+(?:\.[0-9]+)?)\s*seconds", RegexOptions.IgnoreCase)]
    private static partial Regex SeizureTime();
}
