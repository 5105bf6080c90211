namespace SleepFM.Channels;

/// <summary>
/// A raw channel label taken apart: which electrodes it names and how they combine. Produced by
/// <see cref="Parse"/>, which strips exporter decorations and normalises spelling:
/// <list type="bullet">
/// <item><c>EEG Fp1-Ref</c>, <c>EEG FP1-REF</c> (TUH), <c>EEG FP1-LE</c>, <c>POL Fp1</c> → referential <c>Fp1</c>;</item>
/// <item><c>EEG C3-A2</c>, <c>C4-M1</c>, <c>C3:M2</c>, <c>C3M2</c>, <c>EEG Fpz-Cz</c> → bipolar <c>C3-A2</c>, ...;</item>
/// <item>BCI2000 dot padding: <c>Fc5.</c> → <c>FC5</c>, <c>C3..</c> → <c>C3</c>;</item>
/// <item>10-05 spelling from the position table (<c>FCZ</c> → <c>FCz</c>); old names T3–T6 are kept as recorded;</item>
/// <item>eye channels: <c>EOG left</c>, <c>EOG(L)</c>, <c>L-EOG</c> → <c>LOC</c>; <c>E1-M2</c> → bipolar;</item>
/// <item>ECG, respiratory and EMG labels (<c>ECG II</c>, <c>Chest</c>, <c>Chin1-Chin2</c>) → <see cref="ChannelKind.NonEeg"/>.</item>
/// </list>
/// </summary>
/// <param name="Raw">The label exactly as the file gave it.</param>
/// <param name="Name">
/// The normalised name: the active electrode for referential channels (<c>Fp1</c>), <c>A-B</c> for
/// bipolar ones (<c>C3-A2</c>), electrodes joined by <c>-</c> for compound ones, and the trimmed label
/// with whitespace collapsed otherwise (<c>ECG II</c>).
/// </param>
/// <param name="Kind">How the label relates to electrodes.</param>
/// <param name="Electrodes">
/// The electrodes named, canonical spelling, in label order: 1 for referential, 2 for bipolar,
/// 3 or more for compound, none otherwise. (Compared by reference in record equality.)
/// </param>
/// <param name="Reference">
/// For referential channels, the common reference when the label names one: <c>Ref</c>, <c>Avg</c>,
/// <c>LE</c> (linked ears), <c>AR</c>, <c>M1+M2</c>/<c>A1+A2</c> (linked mastoids/ears), or an
/// unrecognised token as recorded (<c>x</c> in <c>O2-x</c>); null otherwise.
/// </param>
public sealed record ChannelLabel(
    string Raw, string Name, ChannelKind Kind, IReadOnlyList<string> Electrodes, string? Reference)
{
    /// <summary>The first (active) electrode, or null when the label names none.</summary>
    public string? Electrode1 => Electrodes.Count > 0 ? Electrodes[0] : null;

    /// <summary>The second electrode of a bipolar (or compound) channel, or null.</summary>
    public string? Electrode2 => Electrodes.Count > 1 ? Electrodes[1] : null;

    /// <summary>True for channels that carry brain or eye activity (every kind except <see cref="ChannelKind.NonEeg"/>).</summary>
    public bool IsBrainActivity => Kind != ChannelKind.NonEeg;

    /// <summary>Parses a raw EDF/WFDB channel label. Never throws for any non-null string.</summary>
    /// <param name="raw">The label as recorded; may be empty or padded.</param>
    /// <returns>The parsed label; unrecognised labels come back as <see cref="ChannelKind.NonEeg"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
    public static ChannelLabel Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return ChannelLabelParser.Parse(raw);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ChannelKind.Referential when Reference is not null => $"{Name} (referential to {Reference})",
        _ => $"{Name} ({Kind})",
    };
}
