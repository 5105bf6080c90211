namespace SleepFM.Datasets;

/// <summary>
/// The five AASM sleep stages as class indices (W 0, N1 1, N2 2, N3 3, REM 4) and the spellings that map
/// to them in EDF+ annotations and hypnogram tables.
/// </summary>
public static class SleepStages
{
    /// <summary>Class names, index = label value.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["W", "N1", "N2", "N3", "REM"];

    /// <summary>The label space of sleep-staged PSG.</summary>
    public static LabelSpace Labels { get; } = new(ClassNames, MultiLabel: false);

    /// <summary>
    /// Parses a stage. Accepts Sleep-EDF annotations (<c>Sleep stage W/1/2/3/4/R/?</c>, R&amp;K stage 4
    /// merged into N3 as AASM does), AASM names (<c>W</c>, <c>Wake</c>, <c>N1</c>…<c>N3</c>, <c>R</c>,
    /// <c>REM</c>) and the R&amp;K digits 0–5 (0 W, 1–3 N1–N3, 4 N3, 5 REM), case-insensitive.
    /// </summary>
    /// <param name="text">Stage text.</param>
    /// <param name="label">Class index, or −1 for "unscored" spellings (<c>?</c>, <c>Movement time</c>, <c>unknown</c>).</param>
    /// <returns>False when the text is not a sleep-stage annotation at all (e.g. an arousal), so callers can ignore it.</returns>
    public static bool TryParse(string text, out int label)
    {
        label = LabelSpace.Unknown;
        var t = text.Trim();
        if (t.StartsWith("Sleep stage ", StringComparison.OrdinalIgnoreCase)) t = t["Sleep stage ".Length..].Trim();
        else if (t.StartsWith("Sleep_stage_", StringComparison.OrdinalIgnoreCase)) t = t["Sleep_stage_".Length..].Trim();
        switch (t.ToUpperInvariant())
        {
            case "W" or "WAKE" or "0": label = 0; return true;
            case "1" or "N1" or "S1": label = 1; return true;
            case "2" or "N2" or "S2": label = 2; return true;
            case "3" or "4" or "N3" or "N4" or "S3" or "S4": label = 3; return true;
            case "R" or "REM" or "5": label = 4; return true;
            case "?" or "UNKNOWN" or "UNSCORED" or "MOVEMENT TIME" or "M" or "MT": return true;
            default: return false;
        }
    }
}
