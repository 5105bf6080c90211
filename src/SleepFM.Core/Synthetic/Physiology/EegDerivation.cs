namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// One recorded EEG/EOG channel as a difference of two electrode potentials. The synthesizer works
/// on referential potentials (against an ideal, inactive reference), so any montage is a subtraction:
/// <c>C4-M1</c>, <c>Fpz-Cz</c>, TUH-style <c>-REF</c> (pass <see cref="Reference"/> null), or the common
/// average (<see cref="AverageReference"/>).
/// </summary>
/// <param name="Active">Active electrode: a 10-05 site, an old 10-20 name (T3…T6), A1/A2/M1/M2, or an eye electrode E1/E2/LOC/ROC.</param>
/// <param name="Reference">Reference electrode, <see cref="AverageReference"/>, or null for the ideal reference.</param>
public sealed record EegDerivation(string Active, string? Reference)
{
    /// <summary>Reference name meaning "the mean of all electrodes this request renders".</summary>
    public const string AverageReference = "AVG";

    /// <summary>Parses <c>A-B</c> into a bipolar derivation, or a single name into a referential one.</summary>
    /// <param name="text">e.g. <c>C4-M1</c> or <c>Cz</c>.</param>
    public static EegDerivation Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        int dash = text.IndexOf('-');
        return dash < 0 ? new EegDerivation(text.Trim(), null) : new EegDerivation(text[..dash].Trim(), text[(dash + 1)..].Trim());
    }

    /// <inheritdoc />
    public override string ToString() => Reference is null ? Active : $"{Active}-{Reference}";
}
