using System.Text.RegularExpressions;

namespace SleepFM.Channels;

/// <summary>The rules behind <see cref="ChannelLabel.Parse"/>; see there for examples.</summary>
internal static partial class ChannelLabelParser
{
    // Common references that make a channel referential rather than bipolar:
    // TUH "-REF" and "-LE" (linked ears), "-AVG"/"-AV" (average), "-AR"/"-CAR" (common average).
    static readonly Dictionary<string, string> CommonReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["REF"] = "Ref", ["AVG"] = "Avg", ["AV"] = "Avg", ["AR"] = "AR", ["CAR"] = "CAR", ["LE"] = "LE",
    };

    public static ChannelLabel Parse(string raw)
    {
        // EDF pads labels with spaces; some exporters leave NULs.
        var trimmed = Whitespace().Replace(raw.Trim(' ', '\t', '\r', '\n', '\0'), " ");
        if (trimmed.Length == 0 || NonEegAliases.TryMatch(trimmed, out _, out _))
            return NonEeg(raw, trimmed);

        // BCI2000 pads every label to four characters with dots: "Fc5.", "C3..", "T10.".
        var text = trimmed.TrimEnd('.');
        text = EogSide().Replace(text, m => m.Groups["side"].Value[0] is 'L' or 'l' ? "LOC" : "ROC");
        // A trailing gloss such as "E1 (LEOG)" or "EEG(sec)" adds nothing the parser can use.
        text = TrailingParenthetical().Replace(text, "");

        bool typedAsEeg = false;
        var electrodes = new List<string>(4);
        var unknownTokens = new List<string>();
        string? commonReference = null;
        bool firstTokenIsElectrode = false;
        int tokenCount = 0;
        foreach (var token in Separators().Split(text))
        {
            if (token.Length == 0) continue;
            if (token.StartsWith("EEG", StringComparison.OrdinalIgnoreCase)
                || token.StartsWith("EOG", StringComparison.OrdinalIgnoreCase))
                typedAsEeg = true;
            // Type prefixes ("EEG C3-A2", TUH "EEG FP1-REF", Nihon Kohden "POL Fp1") carry no electrode.
            if (token.Equals("EEG", StringComparison.OrdinalIgnoreCase)
                || token.Equals("EOG", StringComparison.OrdinalIgnoreCase)
                || token.Equals("POL", StringComparison.OrdinalIgnoreCase))
                continue;
            tokenCount++;
            if (TryElectrode(token, out var electrode))
            {
                if (tokenCount == 1) firstTokenIsElectrode = true;
                electrodes.Add(electrode);
            }
            else if (CommonReferences.TryGetValue(token, out var reference) && commonReference is null)
                commonReference = reference;
            else if (TrySplitPair(token, out var first, out var second))
            {
                // Separator-less exports: "C3M2", "FP1A2", "FZ-A1A2".
                if (tokenCount == 1) firstTokenIsElectrode = true;
                electrodes.Add(first);
                electrodes.Add(second);
            }
            else
                unknownTokens.Add(token);
        }

        if (unknownTokens.Count > 0)
        {
            // "O2-x": a named electrode against a reference the label does not spell out.
            if (electrodes.Count == 1 && firstTokenIsElectrode && tokenCount == 2 && commonReference is null)
                return Referential(raw, electrodes[0], unknownTokens[0]);
            return typedAsEeg ? UnspecifiedEeg(raw, trimmed) : NonEeg(raw, trimmed);
        }
        if (electrodes.Count == 0)
            return typedAsEeg ? UnspecifiedEeg(raw, trimmed) : NonEeg(raw, trimmed);
        if (commonReference is not null)
            return electrodes.Count == 1 ? Referential(raw, electrodes[0], commonReference) : Compound(raw, electrodes);
        // "F3:M1+M2", "F3:M1-M2", "O1:M1:M2", "FZ-A1A2": referenced to linked mastoids/ears.
        if (electrodes.Count == 3 && ElectrodeNames.IsLinkedEarPair(electrodes[1], electrodes[2])
            && !ElectrodeNames.IsEarReference(electrodes[0]))
            return Referential(raw, electrodes[0], electrodes[1][0] + "1+" + electrodes[1][0] + "2");
        return electrodes.Count switch
        {
            1 => Referential(raw, electrodes[0], null),
            2 => new ChannelLabel(raw, $"{electrodes[0]}-{electrodes[1]}", ChannelKind.Bipolar, electrodes.ToArray(), null),
            _ => Compound(raw, electrodes),
        };
    }

    static bool TryElectrode(string token, out string electrode)
    {
        if (ElectrodeNames.TryCanonical(token, out electrode, out _)) return true;
        // Typed with a zero for the letter O: "01-A2", "02".
        if (token.Length == 2 && token[0] == '0' && token[1] is '1' or '2' or 'z' or 'Z')
            return ElectrodeNames.TryCanonical("O" + token[1], out electrode, out _);
        // Some exporters append a recording index to the reference: "EEG F3-A22", "EEG C4-A12".
        if (token.Length == 3 && char.IsAsciiDigit(token[2]) && ElectrodeNames.IsEarReference(token[..2]))
            return ElectrodeNames.TryCanonical(token[..2], out electrode, out _);
        return false;
    }

    static bool TrySplitPair(string token, out string first, out string second)
    {
        (first, second) = (string.Empty, string.Empty);
        int found = 0;
        for (int split = 1; split < token.Length; split++)
        {
            if (ElectrodeNames.TryCanonical(token[..split], out var a, out _)
                && ElectrodeNames.TryCanonical(token[split..], out var b, out _))
            {
                (first, second) = (a, b);
                found++;
            }
        }
        return found == 1; // an ambiguous split is not guessed at
    }

    static ChannelLabel Referential(string raw, string electrode, string? reference) =>
        new(raw, electrode, ChannelKind.Referential, [electrode], reference);

    static ChannelLabel Compound(string raw, List<string> electrodes) =>
        new(raw, string.Join("-", electrodes), ChannelKind.Compound, electrodes.ToArray(), null);

    static ChannelLabel UnspecifiedEeg(string raw, string trimmed) =>
        new(raw, trimmed, ChannelKind.UnspecifiedEeg, [], null);

    static ChannelLabel NonEeg(string raw, string trimmed) =>
        new(raw, trimmed, ChannelKind.NonEeg, [], null);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "EOG left", "EOG(L)", "EOG-R", "EOGl", "EOGr512" (sample rate glued on), "L-EOG", "LEOG", "REOG".
    [GeneratedRegex(@"(?<![a-z])(?:EOG[\s_\-(]?(?<side>left|right|l|r)\)?\d*|(?<side>left|right|l|r)[\s_\-]?EOG)(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EogSide();

    [GeneratedRegex(@"(?<=\S)\s*\([^()]*\)$")]
    private static partial Regex TrailingParenthetical();

    [GeneratedRegex(@"[\-:/+\s_]+")]
    private static partial Regex Separators();
}
