using System.Globalization;
using System.Text;

namespace SleepFM.IO.Edf;

/// <summary>Formatting of the fixed-width ASCII header fields and TAL numbers for <see cref="EdfWriter"/>.</summary>
internal static class EdfHeaderFormat
{
    static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Writes <paramref name="text"/> left-aligned, space-padded, into a field; throws when it does not fit or is not printable ASCII.</summary>
    public static void Put(Span<byte> field, string text, string what)
    {
        if (text.Length > field.Length)
            throw new ArgumentException($"{what} '{text}' is {text.Length} characters; the EDF field holds {field.Length}.");
        field.Fill((byte)' ');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is < ' ' or > '~')
                throw new ArgumentException($"{what} '{text}' contains '{c}' (U+{(int)c:X4}); EDF header fields are printable ASCII (write µV as \"uV\").");
            field[i] = (byte)c;
        }
    }

    /// <summary>A number in at most <paramref name="width"/> characters, rounded towards −∞ (<paramref name="roundUp"/> false) or +∞.</summary>
    public static string Number(double value, int width, bool roundUp)
    {
        string exact = value.ToString("R", CultureInfo.InvariantCulture);
        if (exact.Length <= width && !exact.Contains('E')) return exact;
        for (int decimals = width - 2; decimals >= 0; decimals--)
        {
            double factor = Math.Pow(10, decimals);
            double rounded = (roundUp ? Math.Ceiling(value * factor) : Math.Floor(value * factor)) / factor;
            string s = rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
            if (s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
            if (s.Length <= width) return s;
        }
        throw new ArgumentException($"{value} cannot be written in {width} characters.");
    }

    /// <summary>A TAL number: plain decimal, no exponent, shortest round-trip form.</summary>
    public static string TalNumber(double value)
    {
        string s = value.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E')) s = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return s;
    }

    /// <summary>EDF+ date "dd-MMM-yyyy" with an upper-case English month.</summary>
    public static string PlusDate(DateOnly date) => $"{date.Day:00}-{MonthNames[date.Month - 1]}-{date.Year:0000}";

    /// <summary>An EDF+ subfield: "X" when unknown, spaces replaced by '_' as the standard requires.</summary>
    public static string Subfield(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "X" : new StringBuilder(value.Trim()).Replace(' ', '_').ToString();
}
