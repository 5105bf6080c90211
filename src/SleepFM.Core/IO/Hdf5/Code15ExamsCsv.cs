using System.Globalization;
using System.Text;

namespace SleepFM.IO.Hdf5;

/// <summary>
/// Reads and writes CODE-15%'s <c>exams.csv</c> (columns exam_id, age, is_male, nn_predicted_age, 1dAVb,
/// RBBB, LBBB, SB, ST, AF, patient_id, death, timey, normal_ecg, trace_file). Columns are found by name,
/// so their order does not matter and extra columns are ignored; exam_id, the six labels and trace_file
/// are required. Booleans accept True/False, true/false and 1/0; an empty cell is null.
/// </summary>
public static class Code15ExamsCsv
{
    /// <summary>The header written by <see cref="Write"/>, in the published file's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["exam_id", "age", "is_male", "nn_predicted_age", "1dAVb", "RBBB", "LBBB", "SB", "ST", "AF",
         "patient_id", "death", "timey", "normal_ecg", "trace_file"];

    static readonly string[] Required = ["exam_id", "1dAVb", "RBBB", "LBBB", "SB", "ST", "AF", "trace_file"];

    /// <summary>Reads every row.</summary>
    /// <exception cref="SignalFileException">Missing file or required column, or an unparsable cell (the field names line and column).</exception>
    public static IReadOnlyList<Code15Exam> Read(string path)
    {
        if (!File.Exists(path)) throw new SignalFileException(path, "file", null, "does not exist");
        using var reader = new StreamReader(path, Encoding.UTF8);
        var headerLine = reader.ReadLine() ?? throw new SignalFileException(path, "header row", 0, "is missing: the file is empty");
        var header = SplitCsv(path, headerLine, 1).Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++) index.TryAdd(header[i], i);
        foreach (var column in Required)
            if (!index.ContainsKey(column))
                throw new SignalFileException(path, $"column '{column}'", 0, $"is missing; the header has: {string.Join(", ", header)}");

        var rows = new List<Code15Exam>();
        int lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = SplitCsv(path, line, lineNumber);
            string? Cell(string column) =>
                index.TryGetValue(column, out int i) && i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;
            SignalFileException Bad(string column, string? value, string expected) =>
                new(path, $"line {lineNumber}, column '{column}'", null, $"is '{value}'; expected {expected}");

            long? Long(string column)
            {
                var v = Cell(column);
                if (v is null) return null;
                if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                // Pandas writes integer columns with missing values as floats ("123.0").
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15) return (long)d;
                throw Bad(column, v, "an integer");
            }
            double? Double(string column)
            {
                var v = Cell(column);
                if (v is null) return null;
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return double.IsNaN(d) ? null : d;
                throw Bad(column, v, "a number");
            }
            bool? Bool(string column) => Cell(column) switch
            {
                null => null,
                "True" or "true" or "TRUE" or "1" or "1.0" => true,
                "False" or "false" or "FALSE" or "0" or "0.0" => false,
                var v => throw Bad(column, v, "True/False or 1/0"),
            };
            bool Label(string column) => Bool(column) ?? throw Bad(column, "", "True/False or 1/0 (labels are required)");

            rows.Add(new Code15Exam(
                Long("exam_id") ?? throw Bad("exam_id", "", "an integer (required)"),
                Double("age"),
                Bool("is_male"),
                Double("nn_predicted_age"),
                Label("1dAVb"), Label("RBBB"), Label("LBBB"), Label("SB"), Label("ST"), Label("AF"),
                Long("patient_id"),
                Bool("death"),
                Double("timey"),
                Bool("normal_ecg"),
                Cell("trace_file") ?? throw Bad("trace_file", "", "a file name (required)")));
        }
        return rows;
    }

    /// <summary>Writes rows with the published header (<see cref="Columns"/>); nulls become empty cells.</summary>
    public static void Write(string path, IEnumerable<Code15Exam> exams)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Columns));
        static string B(bool? b) => b switch { null => "", true => "True", false => "False" };
        static string D(double? d) => d?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        static string L(long? l) => l?.ToString(CultureInfo.InvariantCulture) ?? "";
        static string S(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        foreach (var e in exams)
            writer.WriteLine(string.Join(',',
                L(e.ExamId), D(e.AgeYears), B(e.IsMale), D(e.NnPredictedAgeYears),
                B(e.FirstDegreeAvBlock), B(e.Rbbb), B(e.Lbbb), B(e.SinusBradycardia), B(e.SinusTachycardia), B(e.AtrialFibrillation),
                L(e.PatientId), B(e.Death), D(e.TimeYears), B(e.NormalEcg), S(e.TraceFile)));
    }

    static string[] SplitCsv(string path, string line, int lineNumber)
    {
        try
        {
            return Csv.Split(line);
        }
        catch (FormatException e)
        {
            throw new SignalFileException(path, $"line {lineNumber}", null, e.Message);
        }
    }
}
