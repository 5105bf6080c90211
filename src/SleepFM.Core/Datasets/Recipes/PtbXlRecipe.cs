using System.Globalization;
using System.Text.RegularExpressions;
using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>ptbxl</c>: PTB-XL 1.0.3, <c>ptbxl_database.csv</c> plus WFDB records under <c>records100/</c> (and <c>records500/</c>).
/// </summary>
/// <remarks>
/// <para>Labels (multi-label, <see cref="TaskCatalog.PtbXl"/> order): CRBBB → RBBB, CLBBB → LBBB, SBRAD → SB,
/// AFIB → AF, set when the code is <b>present</b> in the record's <c>scp_codes</c> dict. Rhythm codes carry likelihood
/// 0.0 in PTB-XL (<c>{'NORM': 100.0, 'SR': 0.0}</c>), so "likelihood &gt; 0" would drop every AF.</para>
/// <para>Split: <c>strat_fold</c> 10 is the official test set. Fold 9 (the recommended validation fold) is not
/// honoured: the pipeline fixes only official test sets, so validation is the seeded 10 % of the other patients.
/// Subject = <c>patient_id</c>.</para>
/// <para>Signal: the 100-Hz records (<c>filename_lr</c>; pass <c>highRate: true</c> for the 500-Hz ones), all 12 leads
/// in <see cref="EcgLeads.Standard12"/> order, one window per record: its first <see cref="WindowSeconds"/> (10 s =
/// the whole record, 10 tokens of 128 samples). Preprocessing: <see cref="PreprocessingChain.EcgDownstream"/>.</para>
/// </remarks>
public sealed partial class PtbXlRecipe : IDatasetRecipe
{
    static readonly (string Code, string Label)[] CodeMap = [("CRBBB", "RBBB"), ("CLBBB", "LBBB"), ("SBRAD", "SB"), ("AFIB", "AF")];
    readonly bool highRate;

    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Window length, whole seconds, 1–10.</param>
    /// <param name="highRate">Read the 500-Hz records instead of the 100-Hz ones.</param>
    public PtbXlRecipe(double windowSeconds = 10, bool highRate = false)
    {
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
        this.highRate = highRate;
    }

    /// <inheritdoc />
    public string Name => "ptbxl";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EcgDownstream;

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; } = new(TaskCatalog.PtbXl.Classes, MultiLabel: true);

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory)) throw new DirectoryNotFoundException($"Source folder '{sourceDirectory}' does not exist.");
        string path = Path.Combine(sourceDirectory, "ptbxl_database.csv");
        if (!File.Exists(path)) throw new DatasetLayoutException(path, "ptbxl_database.csv is missing");
        var table = CsvTable.Read(path);
        int idColumn = table.Column("ecg_id"), patientColumn = table.Column("patient_id"), codesColumn = table.Column("scp_codes");
        int foldColumn = table.Column("strat_fold"), fileColumn = table.Column(highRate ? "filename_hr" : "filename_lr");
        var result = new List<RecordingDescriptor>();
        foreach (var (line, cells) in table.Rows)
        {
            var flags = Flags(cells[codesColumn]);
            string patient = cells[patientColumn].Trim();
            if (double.TryParse(patient, NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && p == Math.Floor(p))
                patient = ((long)p).ToString(CultureInfo.InvariantCulture);
            if (patient.Length == 0) throw new DatasetLayoutException(path, "patient_id is empty", line);
            string header = Path.GetFullPath(Path.Combine(sourceDirectory, cells[fileColumn].Trim() + ".hea"));
            DataSplit? split = cells[foldColumn].Trim() == "10" ? DataSplit.Test : null;
            result.Add(new RecordingDescriptor(SourceFiles.RelativeId(sourceDirectory, header), patient, [header], split,
                new Dictionary<string, string> { ["ecg_id"] = cells[idColumn].Trim(), ["labels"] = string.Join(",", flags) }));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording) =>
        EcgLeads.OpenWfdb(recording.MainFile, WindowSeconds, _ => recording.Properties["labels"].Split(',').Select(int.Parse).ToArray());

    /// <summary>The RBBB, LBBB, SB, AF flags of one <c>scp_codes</c> cell (code present = 1, whatever its likelihood).</summary>
    public static int[] Flags(string scpCodes)
    {
        var codes = ScpKey().Matches(scpCodes).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TaskCatalog.PtbXl.Classes.Select(label => CodeMap.Any(c => c.Label == label && codes.Contains(c.Code)) ? 1 : 0).ToArray();
    }

    [GeneratedRegex(@"['""]([A-Za-z0-9_]+)['""]\s*:")]
    private static partial Regex ScpKey();
}
