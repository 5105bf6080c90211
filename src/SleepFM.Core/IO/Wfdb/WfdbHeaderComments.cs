using System.Globalization;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// The comment lines of a WFDB header, raw and parsed. Besides the raw text, <c>Key: value</c> lines are
/// indexed (case-insensitive, first occurrence wins), and the PhysioNet/CinC challenge conventions are
/// parsed: <c>#Age: 74</c>, <c>#Sex: Male</c>, <c>#Dx: 164889003,59118001</c> (SNOMED CT codes),
/// <c>#Rx</c>, <c>#Hx</c>, <c>#Sx</c>. PTB's <c># age: 81</c> / <c># sex: female</c> parse the same way.
/// Immutable.
/// </summary>
public sealed class WfdbHeaderComments
{
    readonly Dictionary<string, string> _values;

    /// <summary>Indexes the given comment lines.</summary>
    /// <param name="lines">Comment lines without the leading '#'.</param>
    public WfdbHeaderComments(IReadOnlyList<string> lines)
    {
        Lines = lines.ToArray();
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines)
        {
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim();
            if (key.Length > 0) _values.TryAdd(key, line[(colon + 1)..].Trim());
        }
    }

    /// <summary>An empty set of comments.</summary>
    public static WfdbHeaderComments Empty { get; } = new(Array.Empty<string>());

    /// <summary>Every comment line in file order, without the leading '#' and surrounding blanks.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The value of the first <c>Key: value</c> line with that key (case-insensitive), or null.</summary>
    public string? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    /// <summary>Age in years from an "Age" line, or null when absent, "NaN" or "Unknown".</summary>
    public double? AgeYears =>
        double.TryParse(this["Age"], NumberStyles.Float, CultureInfo.InvariantCulture, out var age) && double.IsFinite(age) && age >= 0
            ? age : null;

    /// <summary>Sex from a "Sex" line ("Male"/"M", "Female"/"F", any case).</summary>
    public WfdbSex Sex => this["Sex"]?.Trim().ToLowerInvariant() switch
    {
        "male" or "m" => WfdbSex.Male,
        "female" or "f" => WfdbSex.Female,
        _ => WfdbSex.Unknown,
    };

    /// <summary>Diagnosis codes from a "Dx" line, comma-separated (SNOMED CT in the challenges); empty when absent.</summary>
    public IReadOnlyList<string> DxCodes =>
        this["Dx"] is { } dx
            ? dx.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Array.Empty<string>();

    /// <summary>The "Rx" (medication) line's value, or null.</summary>
    public string? Rx => this["Rx"];

    /// <summary>The "Hx" (history) line's value, or null.</summary>
    public string? Hx => this["Hx"];

    /// <summary>The "Sx" (symptoms) line's value, or null.</summary>
    public string? Sx => this["Sx"];
}
