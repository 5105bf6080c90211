using System.Globalization;

namespace SleepFM.Channels;

/// <summary>
/// The project's own 10-05 position table (345 sites plus the LPA/RPA/NAS fiducials on a unit sphere;
/// x = right, y = front, z = up), embedded in the assembly and derived from the eeg_positions project
/// (BSD-3; notice in <c>Channels/Data/LICENSE-eeg_positions.txt</c>). It places channels for the
/// channel positional encoding:
/// <list type="bullet">
/// <item>lookup is case-insensitive (<c>FP1</c> = <c>Fp1</c>);</item>
/// <item>the old 10-20 names T3/T4/T5/T6 sit at T7/T8/P7/P8;</item>
/// <item>mastoids and ears A1/M1 sit at the LPA fiducial, A2/M2 at RPA (SPEC §2);</item>
/// <item>a bipolar channel <c>A-B</c> sits at the midpoint of A and B;</item>
/// <item>a referential channel (<c>-Ref</c>, <c>-Avg</c>, <c>-LE</c>, linked mastoids) sits at its active electrode.</item>
/// </list>
/// </summary>
public sealed class ElectrodePositions
{
    /// <summary>Manifest name of the embedded table (the csproj's <c>LogicalName</c>).</summary>
    public const string EmbeddedResourceName = "SleepFM.Channels.Data.spherical_1005.tsv";

    static readonly Lazy<ElectrodePositions> DefaultTable = new(LoadEmbedded);

    readonly Dictionary<string, ElectrodePosition> positionBySite;
    readonly Dictionary<string, string> spellingBySite;

    ElectrodePositions(List<(string Label, ElectrodePosition Position)> sites)
    {
        positionBySite = new(sites.Count, StringComparer.OrdinalIgnoreCase);
        spellingBySite = new(sites.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (label, position) in sites)
        {
            positionBySite[label] = position;
            spellingBySite[label] = label;
        }
        Labels = sites.ConvertAll(s => s.Label);
    }

    /// <summary>The embedded 10-05 table, parsed once on first use.</summary>
    public static ElectrodePositions Default => DefaultTable.Value;

    /// <summary>Every site label in table order, in the table's spelling, fiducials included.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of sites, fiducials included (348 for the embedded table).</summary>
    public int Count => Labels.Count;

    /// <summary>
    /// Parses a position table: an optional run of <c>#</c> comment lines, a header line starting with
    /// <c>label</c>, then one <c>label x y z</c> line per site (tab- or space-separated, invariant culture).
    /// </summary>
    /// <param name="text">The whole table.</param>
    /// <param name="source">File path or resource name, used in error messages.</param>
    /// <exception cref="PositionTableException">
    /// A line without four fields, a coordinate that is not a finite number in [-1.01, 1.01] (the table
    /// must be on the unit sphere: the Fourier features assume it), a duplicate label, or no header.
    /// </exception>
    public static ElectrodePositions Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var sites = new List<(string, ElectrodePosition)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool headerSeen = false;
        int lineNumber = 0;
        long lineStart = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            long offset = lineStart;
            lineStart += rawLine.Length + 1;
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (!headerSeen)
            {
                if (!fields[0].Equals("label", StringComparison.OrdinalIgnoreCase))
                    throw new PositionTableException(source, $"line {lineNumber}", offset,
                        $"is '{Shorten(line)}'; expected the header 'label x y z'");
                headerSeen = true;
                continue;
            }
            if (fields.Length != 4)
                throw new PositionTableException(source, $"line {lineNumber}", offset,
                    $"has {fields.Length} fields ('{Shorten(line)}'); expected 4: label x y z");
            var label = fields[0];
            if (!seen.Add(label))
                throw new PositionTableException(source, $"line {lineNumber}, column label", offset,
                    $"repeats '{label}' (labels compare case-insensitively)");
            var x = ParseCoordinate(fields[1], "x");
            var y = ParseCoordinate(fields[2], "y");
            var z = ParseCoordinate(fields[3], "z");
            sites.Add((label, new ElectrodePosition(x, y, z)));

            double ParseCoordinate(string value, string axis)
            {
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    || !double.IsFinite(v) || Math.Abs(v) > 1.01)
                    throw new PositionTableException(source, $"line {lineNumber}, column {axis}", offset,
                        $"is '{value}' for '{label}'; expected a number in [-1.01, 1.01] (unit-sphere coordinates)");
                return v;
            }
        }
        if (!headerSeen)
            throw new PositionTableException(source, "header", null, "is missing; expected a line 'label x y z'");
        return new ElectrodePositions(sites);
    }

    /// <summary>
    /// Looks up a site exactly as the table names it (case-insensitive), without the T3/A1/M1 aliases.
    /// </summary>
    /// <param name="label">A table label such as <c>FCz</c> or <c>LPA</c>.</param>
    /// <param name="position">The site's position when found.</param>
    /// <returns>True when the table has the site.</returns>
    public bool TryGetSite(string label, out ElectrodePosition position) =>
        positionBySite.TryGetValue(label, out position);

    /// <summary>
    /// Looks up one electrode name, applying the aliases: old 10-20 names (T3 → T7, T4 → T8, T5 → P7,
    /// T6 → P8) and ears/mastoids (A1, M1 → LPA; A2, M2 → RPA). Case-insensitive.
    /// </summary>
    /// <param name="electrode">An electrode name such as <c>C3</c>, <c>t3</c> or <c>M2</c>.</param>
    /// <param name="position">The electrode's position when found.</param>
    /// <returns>True when the electrode has a position.</returns>
    public bool TryGetElectrode(string electrode, out ElectrodePosition position)
    {
        ArgumentNullException.ThrowIfNull(electrode);
        var site = ElectrodeNames.PositionSiteFor(electrode) ?? electrode;
        if (ElectrodeNames.IsFiducial(site) && !ElectrodeNames.IsEarReference(electrode))
        {
            // A channel literally named "LPA" is not an electrode; only the ear aliases resolve to it.
            position = default;
            return false;
        }
        return positionBySite.TryGetValue(site, out position);
    }

    /// <summary>Places a channel given its raw label; see <see cref="Locate(ChannelLabel)"/>.</summary>
    /// <param name="rawLabel">A raw EDF label such as <c>EEG C3-A2</c>.</param>
    public PositionLookup Locate(string rawLabel) => Locate(ChannelLabel.Parse(rawLabel));

    /// <summary>
    /// Places a parsed channel: the active electrode for referential channels, the midpoint for bipolar
    /// ones. Compound and unspecified EEG channels, and electrodes the table lacks (e.g. EOG E1/E2), get
    /// no position and a warning. Non-EEG channels get neither a position nor a warning.
    /// </summary>
    /// <param name="label">A parsed label.</param>
    public PositionLookup Locate(ChannelLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        switch (label.Kind)
        {
            case ChannelKind.NonEeg:
                return new PositionLookup(null, null);
            case ChannelKind.UnspecifiedEeg:
                return new PositionLookup(null,
                    $"'{label.Raw}' names no electrode; no position, so no channel positional encoding for it");
            case ChannelKind.Compound:
                return new PositionLookup(null,
                    $"'{label.Raw}' combines {label.Electrodes.Count} electrodes ({string.Join(", ", label.Electrodes)}); " +
                    "no single position, so no channel positional encoding for it");
            case ChannelKind.Referential:
                return TryGetElectrode(label.Electrodes[0], out var active)
                    ? new PositionLookup(active, null)
                    : new PositionLookup(null, Unknown(label, label.Electrodes[0]));
            default:
                bool hasFirst = TryGetElectrode(label.Electrodes[0], out var first);
                bool hasSecond = TryGetElectrode(label.Electrodes[1], out var second);
                if (hasFirst && hasSecond) return new PositionLookup(ElectrodePosition.Midpoint(first, second), null);
                var missing = hasFirst ? label.Electrodes[1] : label.Electrodes[0];
                return new PositionLookup(null, Unknown(label, missing));
        }
    }

    /// <summary>The canonical spelling of a table site (<c>fcz</c> → <c>FCz</c>), or null when absent.</summary>
    internal string? SpellingOf(string label) => spellingBySite.GetValueOrDefault(label);

    static string Unknown(ChannelLabel label, string electrode) =>
        $"'{label.Raw}': electrode '{electrode}' has no 10-05 position; no channel positional encoding for it";

    static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";

    static ElectrodePositions LoadEmbedded()
    {
        var assembly = typeof(ElectrodePositions).Assembly;
        using var stream = assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{EmbeddedResourceName}' is missing from {assembly.GetName().Name}; " +
                "the csproj must embed Channels/Data/spherical_1005.tsv with that LogicalName.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), EmbeddedResourceName);
    }
}
