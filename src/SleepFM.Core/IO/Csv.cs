namespace SleepFM.IO;

/// <summary>Minimal RFC 4180 quoting for the project's CSV outputs.</summary>
public static class Csv
{
    /// <summary>Quotes a field when it contains a comma, quote or line break.</summary>
    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>Splits line <paramref name="lineNumber"/> of <paramref name="path"/> (see <see cref="Split(string)"/>).</summary>
    /// <exception cref="InvalidDataException">A quoted cell is not closed on the line; the message names the file and line.</exception>
    public static string[] Split(string line, string path, int lineNumber)
    {
        try
        {
            return Split(line);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path}, line {lineNumber}: {e.Message}.", e);
        }
    }

    /// <summary>
    /// Splits one CSV line: commas separate, double quotes enclose, <c>""</c> is a literal quote. Cells are not
    /// trimmed; a stray carriage return outside quotes (a CRLF file read line by line) is dropped.
    /// </summary>
    /// <exception cref="FormatException">A quoted cell is not closed on the line.</exception>
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else if (c != '\r') current.Append(c);
        }
        if (quoted) throw new FormatException("a quoted cell is not closed on its line");
        fields.Add(current.ToString());
        return [.. fields];
    }
}
