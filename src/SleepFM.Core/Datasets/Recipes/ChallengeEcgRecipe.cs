using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>g12ec</c> and <c>cpsc</c>: PhysioNet/CinC Challenge 2020–21 sets, <c>WFDB/&lt;record&gt;.{hea,mat}</c> (500 Hz),
/// SNOMED CT codes in the header's <c>#Dx:</c> line.
/// </summary>
/// <remarks>
/// <para>Labels (multi-label, <see cref="TaskCatalog.G12ec"/> / <see cref="TaskCatalog.Cpsc"/> order): 270492004 → 1dAVb,
/// 59118001 or 713427006 → RBBB, 164909002 or 733534002 → LBBB, 164889003 → AF.</para>
/// <para>Each record is its own subject (the challenge sets publish no patient ids); no official split. One window
/// per record: its first <see cref="WindowSeconds"/> (default 10 s; shorter records are skipped), 12 leads in
/// <see cref="EcgLeads.Standard12"/> order. Preprocessing: <see cref="PreprocessingChain.EcgDownstream"/>.</para>
/// </remarks>
public sealed class ChallengeEcgRecipe : IDatasetRecipe
{
    static readonly (string Snomed, string Label)[] CodeMap =
    [
        ("270492004", "1dAVb"), ("59118001", "RBBB"), ("713427006", "RBBB"), ("164909002", "LBBB"), ("733534002", "LBBB"),
        ("426177001", "SB"), ("164889003", "AF"),
    ];

    readonly DownstreamTask task;

    /// <summary>Creates the recipe for one challenge set.</summary>
    /// <param name="taskId"><c>g12ec</c> or <c>cpsc</c>.</param>
    /// <param name="windowSeconds">Window length, whole seconds, &gt; 0.</param>
    public ChallengeEcgRecipe(string taskId, double windowSeconds = 10)
    {
        task = taskId.ToLowerInvariant() switch
        {
            "g12ec" => TaskCatalog.G12ec,
            "cpsc" => TaskCatalog.Cpsc,
            _ => throw new ArgumentException($"'{taskId}' is not a challenge ECG set (g12ec, cpsc).", nameof(taskId)),
        };
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
        Labels = new LabelSpace(task.Classes, MultiLabel: true);
    }

    /// <inheritdoc />
    public string Name => task.Id;

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EcgDownstream;

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; }

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory) =>
        SourceFiles.Find(sourceDirectory, ".hea").Select(h =>
        {
            string id = SourceFiles.RelativeId(sourceDirectory, h);
            return new RecordingDescriptor(id, Path.GetFileNameWithoutExtension(h), [h], null, new Dictionary<string, string>());
        }).ToList();

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording) =>
        EcgLeads.OpenWfdb(recording.MainFile, WindowSeconds, header => Flags(header.Comments.DxCodes, Labels.ClassNames));

    /// <summary>Label flags, in <paramref name="classNames"/> order, of a record's SNOMED CT <c>#Dx</c> codes.</summary>
    public static int[] Flags(IReadOnlyList<string> dxCodes, IReadOnlyList<string> classNames)
    {
        var present = CodeMap.Where(c => dxCodes.Any(d => d.Trim() == c.Snomed)).Select(c => c.Label).ToHashSet();
        return classNames.Select(l => present.Contains(l) ? 1 : 0).ToArray();
    }
}
