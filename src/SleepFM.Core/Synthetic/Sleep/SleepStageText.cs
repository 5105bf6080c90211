namespace SleepFM.Synthetic.Sleep;

/// <summary>How stages are spelled in files.</summary>
public static class SleepStageText
{
    /// <summary>The Sleep-EDF annotation text: <c>Sleep stage W/1/2/3/R</c>.</summary>
    /// <param name="stage">A stage.</param>
    public static string SleepEdfAnnotation(SleepStage stage) => "Sleep stage " + stage switch
    {
        SleepStage.Wake => "W",
        SleepStage.N1 => "1",
        SleepStage.N2 => "2",
        SleepStage.N3 => "3",
        _ => "R",
    };

    /// <summary>The short AASM name used in CSVs: W, N1, N2, N3, REM.</summary>
    /// <param name="stage">A stage.</param>
    public static string ShortName(SleepStage stage) => stage switch
    {
        SleepStage.Wake => "W",
        SleepStage.Rem => "REM",
        _ => stage.ToString(),
    };

    /// <summary>Parses a short name or a Sleep-EDF annotation (stage 4 is read as N3); null when not a stage.</summary>
    /// <param name="text">e.g. <c>N2</c>, <c>REM</c>, <c>Sleep stage 4</c>.</param>
    public static SleepStage? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.StartsWith("Sleep stage ", StringComparison.OrdinalIgnoreCase)) t = t["Sleep stage ".Length..];
        return t.ToUpperInvariant() switch
        {
            "W" or "WAKE" => SleepStage.Wake,
            "1" or "N1" => SleepStage.N1,
            "2" or "N2" => SleepStage.N2,
            "3" or "4" or "N3" => SleepStage.N3,
            "R" or "REM" => SleepStage.Rem,
            _ => null,
        };
    }
}
