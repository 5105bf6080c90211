using SleepFM.Synthetic.Sleep;

namespace SleepFM.Interactive.Charts;

/// <summary>One colour per sleep stage, fixed so every chart and notebook agrees.</summary>
public static class SleepStageColours
{
    /// <summary>Stage → colour (W orange, N1 light blue, N2 blue, N3 dark blue, REM green).</summary>
    public static IReadOnlyDictionary<SleepStage, string> ByStage { get; } = new Dictionary<SleepStage, string>
    {
        [SleepStage.Wake] = "#ff7f0e", [SleepStage.N1] = "#9ecae1", [SleepStage.N2] = "#3182bd",
        [SleepStage.N3] = "#08306b", [SleepStage.Rem] = "#2ca02c",
    };

    /// <summary>Colour of unscored clips or epochs.</summary>
    public const string Unscored = "#bdbdbd";

    /// <summary>The colour of a stage written as W, N1, N2, N3 or REM (any spelling <see cref="SleepStageText.Parse"/> reads); grey otherwise.</summary>
    public static string Of(string? stage) => stage is not null && SleepStageText.Parse(stage) is { } s ? ByStage[s] : Unscored;

    /// <summary>Short names in display order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["W", "N1", "N2", "N3", "REM"];
}
