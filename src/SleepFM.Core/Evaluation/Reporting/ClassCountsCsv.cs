using System.Globalization;
using SleepFM.IO;

namespace SleepFM.Evaluation.Reporting;

/// <summary><c>class_counts.csv</c> (<c>task, class, count</c>): the data behind Figure 1.</summary>
public static class ClassCountsCsv
{
    const string Header = "task,class,count";

    /// <summary>Writes the counts atomically.</summary>
    public static void Write(string path, IEnumerable<ClassCount> counts) =>
        AtomicFile.WriteAllText(path, Header + "\n" + string.Concat(counts.Select(c =>
            $"{c.TaskId},{Csv.Escape(c.ClassName)},{c.Count.ToString(CultureInfo.InvariantCulture)}\n")));

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Wrong header or a malformed line (named by number).</exception>
    public static IReadOnlyList<ClassCount> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header) throw new InvalidDataException($"{path}: line 1 should be '{Header}'.");
        // Number the lines before skipping blank ones, so errors name the line in the file.
        return lines.Select((l, i) => (Text: l, Number: i + 1)).Skip(1).Where(l => l.Text.Length > 0).Select(l =>
        {
            var f = Csv.Split(l.Text, path, l.Number);
            if (f.Length != 3 || !int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                throw new InvalidDataException($"{path}: line {l.Number} is not 'task,class,count': {l.Text}");
            return new ClassCount(f[0], f[1], n);
        }).ToList();
    }
}
