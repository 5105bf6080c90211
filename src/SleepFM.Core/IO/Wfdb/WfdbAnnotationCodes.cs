namespace SleepFM.IO.Wfdb;

/// <summary>The standard WFDB annotation codes (ecgcodes.h) and their mnemonics (annot(5)).</summary>
public static class WfdbAnnotationCodes
{
    /// <summary>Highest annotation type code (ACMAX).</summary>
    public const int MaxCode = 49;

    /// <summary>Normal beat.</summary>
    public const int Normal = 1;
    /// <summary>Premature ventricular contraction.</summary>
    public const int Pvc = 5;
    /// <summary>Atrial premature beat.</summary>
    public const int Apc = 8;
    /// <summary>Rhythm change; the new rhythm is in the aux text, e.g. "(N".</summary>
    public const int Rhythm = 28;

    // Index = code. Codes 15, 17 and 42–49 are unassigned ("" here; shown as "[code]").
    static readonly string[] Symbols =
    [
        " ", "N", "L", "R", "a", "V", "F", "J", "A", "S",
        "E", "j", "/", "Q", "~", "", "|", "", "s", "T",
        "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u",
        "?", "!", "[", "]", "e", "n", "@", "x", "f", "(",
        ")", "r", "", "", "", "", "", "", "", "",
    ];

    /// <summary>The mnemonic for <paramref name="code"/> (e.g. 1 → "N", 28 → "+"), or "[code]" for an unassigned code.</summary>
    public static string Symbol(int code) =>
        (uint)code < (uint)Symbols.Length && Symbols[code].Length > 0 ? Symbols[code] : $"[{code}]";

    /// <summary>The code for a mnemonic, or null when it is not a standard one.</summary>
    public static int? Code(string symbol)
    {
        int i = Array.IndexOf(Symbols, symbol);
        return i >= 0 && symbol.Length > 0 ? i : null;
    }
}
