using SleepFM.IO;

namespace SleepFM.Evaluation.Reporting;

/// <summary>
/// Rebuilds the aggregate files from the run folders (<c>&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;/</c>):
/// per task <c>&lt;task&gt;/results.csv</c> and <c>&lt;task&gt;/predictions.csv</c>; at the root
/// <c>results.csv</c> (all tasks) and <c>predictions.csv</c> (all tasks; the union of the tasks'
/// columns, blank where a column does not apply). Every file is written atomically.
/// </summary>
public static class ResultFiles
{
    /// <summary>Rebuilds every aggregate under <paramref name="root"/>.</summary>
    public static void Rebuild(string root)
    {
        var allResults = new List<string>();
        var predictionTables = new List<(string[] Header, List<string[]> Rows)>();
        foreach (var taskDir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var runs = Directory.EnumerateDirectories(taskDir, "seed-*", SearchOption.AllDirectories)
                .Where(d => File.Exists(Path.Combine(d, "metrics.csv")))
                .Order(StringComparer.Ordinal).ToList();
            if (runs.Count == 0) continue;
            var results = runs.SelectMany(r => File.ReadLines(Path.Combine(r, "metrics.csv")).Skip(1)).ToList();
            AtomicFile.WriteAllText(Path.Combine(taskDir, "results.csv"), Lines([ResultsCsv.Header, .. results]));
            allResults.AddRange(results);

            var first = Path.Combine(runs[0], "predictions.csv");
            var header = File.ReadLines(first).First();
            var rows = runs.SelectMany(r => RowsWithLineNumbers(Path.Combine(r, "predictions.csv"))).ToList();
            AtomicFile.WriteAllText(Path.Combine(taskDir, "predictions.csv"), Lines([header, .. rows.Select(r => r.Text)]));
            predictionTables.Add((Csv.Split(header, first, 1), rows.Select(r => Csv.Split(r.Text, r.File, r.Number)).ToList()));
        }
        AtomicFile.WriteAllText(Path.Combine(root, "results.csv"), Lines([ResultsCsv.Header, .. allResults]));

        var columns = predictionTables.SelectMany(t => t.Header).Distinct().ToList();
        var union = new List<string> { string.Join(",", columns) };
        foreach (var (header, rows) in predictionTables)
        {
            var position = columns.Select(c => Array.IndexOf(header, c)).ToArray();
            union.AddRange(rows.Select(r => string.Join(",", position.Select(p => p >= 0 ? Csv.Escape(r[p]) : ""))));
        }
        AtomicFile.WriteAllText(Path.Combine(root, "predictions.csv"), Lines(union));
    }

    static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    // Below the header, each row with its file and line number, so a damaged row can be named.
    static IEnumerable<(string File, int Number, string Text)> RowsWithLineNumbers(string file) =>
        File.ReadLines(file).Select((line, i) => (file, i + 1, line)).Skip(1);
}
