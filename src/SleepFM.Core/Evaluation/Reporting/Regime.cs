namespace SleepFM.Evaluation.Reporting;

/// <summary>How the encoder is initialised and trained for a downstream task (SPEC.md §5).</summary>
public enum Regime
{
    /// <summary>Random initialisation, full training ("scratch").</summary>
    Scratch,
    /// <summary>Sleep-pretrained encoder, full fine-tuning ("pt").</summary>
    Pretrained,
    /// <summary>Pretrained plus the 3-D channel positional encoding ("pt-pe").</summary>
    PretrainedWithPositions,
    /// <summary>Pretrained encoder frozen, head only: a linear probe ("frozen").</summary>
    Frozen,
}

/// <summary>The short names regimes have on the command line and in results files.</summary>
public static class RegimeNames
{
    /// <summary>"scratch", "pt", "pt-pe" or "frozen".</summary>
    public static string Id(this Regime regime) => regime switch
    {
        Regime.Scratch => "scratch",
        Regime.Pretrained => "pt",
        Regime.PretrainedWithPositions => "pt-pe",
        Regime.Frozen => "frozen",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>How figures label the regime: "Scratch", "PT", "PT+PE", "Frozen".</summary>
    public static string Label(this Regime regime) => regime switch
    {
        Regime.Scratch => "Scratch",
        Regime.Pretrained => "PT",
        Regime.PretrainedWithPositions => "PT+PE",
        Regime.Frozen => "Frozen",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>Parses an id as written by <see cref="Id"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown id; the message lists the valid ones.</exception>
    public static Regime Parse(string id)
    {
        foreach (var regime in Enum.GetValues<Regime>())
            if (string.Equals(regime.Id(), id, StringComparison.OrdinalIgnoreCase)) return regime;
        throw new ArgumentException($"Unknown regime '{id}'. Valid regimes: scratch, pt, pt-pe, frozen.", nameof(id));
    }
}
