using SleepFM.Datasets;

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

    /// <summary>
    /// Parses any spelling <see cref="SleepStages.TryParse"/> reads (short names, Sleep-EDF annotations, R&amp;K
    /// digits; stage 4 is N3); null when the text is not a stage or is an unscored one.
    /// </summary>
    /// <param name="text">e.g. <c>N2</c>, <c>REM</c>, <c>Sleep stage 4</c>.</param>
    public static SleepStage? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // SleepStage's order is the class index order of SleepStages.ClassNames (a test holds the two together).
        return SleepStages.TryParse(text, out int label) && label >= 0 ? (SleepStage)label : null;
    }
}
