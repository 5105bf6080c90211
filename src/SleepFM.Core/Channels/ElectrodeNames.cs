using System.Text.RegularExpressions;

namespace SleepFM.Channels;

/// <summary>
/// Canonical spelling of electrode tokens. 10-05 sites take the spelling of the embedded position
/// table (case-insensitive match), so FP1, fp1 and Fp1 all become Fp1, and FCZ becomes FCz.
/// </summary>
internal static partial class ElectrodeNames
{
    // Old 10-20 temporal names: keep what the file says, place them where the 10-10 system moved them.
    static readonly Dictionary<string, string> OldTemporalToModern = new(StringComparer.OrdinalIgnoreCase)
    {
        ["T3"] = "T7", ["T4"] = "T8", ["T5"] = "P7", ["T6"] = "P8",
    };

    // SPEC §2: mastoids and ear lobes sit at the pre-auricular fiducials (left = LPA, right = RPA).
    static readonly Dictionary<string, string> EarToFiducial = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A1"] = "LPA", ["M1"] = "LPA", ["A2"] = "RPA", ["M2"] = "RPA",
    };

    static readonly HashSet<string> Fiducials = new(StringComparer.OrdinalIgnoreCase) { "LPA", "RPA", "NAS" };

    /// <summary>
    /// Recognises one token as an electrode and returns its canonical spelling: the table's spelling for
    /// 10-05 sites, upper case for T3–T6, A1/A2/M1/M2, E1/E2, LOC/ROC and EOG1/EOG2.
    /// </summary>
    public static bool TryCanonical(string token, out string canonical, out ElectrodeCategory category)
    {
        if (!Fiducials.Contains(token) && ElectrodePositions.Default.SpellingOf(token) is { } spelled)
        {
            (canonical, category) = (spelled, ElectrodeCategory.Site1005);
            return true;
        }
        if (OldTemporalToModern.ContainsKey(token))
        {
            (canonical, category) = (token.ToUpperInvariant(), ElectrodeCategory.OldTemporal);
            return true;
        }
        if (EarToFiducial.ContainsKey(token))
        {
            (canonical, category) = (token.ToUpperInvariant(), ElectrodeCategory.EarReference);
            return true;
        }
        if (EogElectrode().IsMatch(token))
        {
            (canonical, category) = (token.ToUpperInvariant(), ElectrodeCategory.Eog);
            return true;
        }
        (canonical, category) = (string.Empty, default);
        return false;
    }

    /// <summary>Category of an already canonical electrode name.</summary>
    public static ElectrodeCategory CategoryOf(string electrode) =>
        TryCanonical(electrode, out _, out var category) ? category : ElectrodeCategory.Eog;

    /// <summary>The table site an alias is placed at (T3 → T7, M1 → LPA), or null for a plain name.</summary>
    public static string? PositionSiteFor(string electrode) =>
        OldTemporalToModern.GetValueOrDefault(electrode) ?? EarToFiducial.GetValueOrDefault(electrode);

    /// <summary>True for the LPA/RPA/NAS fiducials, which are landmarks, not electrodes.</summary>
    public static bool IsFiducial(string site) => Fiducials.Contains(site);

    /// <summary>True for A1/A2/M1/M2.</summary>
    public static bool IsEarReference(string electrode) => EarToFiducial.ContainsKey(electrode);

    /// <summary>True when the two electrodes are the left and right ear (A1+A2) or mastoid (M1+M2) pair.</summary>
    public static bool IsLinkedEarPair(string first, string second)
    {
        var pair = string.Concat(new[] { first, second }.Order(StringComparer.OrdinalIgnoreCase)).ToUpperInvariant();
        return pair is "A1A2" or "M1M2";
    }

    [GeneratedRegex(@"^(?:E[12]|LOC|ROC|EOG[12])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EogElectrode();
}
