using SleepFM.IO;
using System.Globalization;
using SleepFM.Evaluation.Metrics;

namespace SleepFM.Evaluation.Reporting;

/// <summary><c>results.csv</c> (<c>task, regime, seed, metric, value</c>) and the mean ± std summaries Figure 2 draws.</summary>
public static class ResultsCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "task,regime,seed,metric,value";

    /// <summary>Formats rows (values with round-trip precision).</summary>
    public static IEnumerable<string> Rows(IEnumerable<ResultRow> rows) => rows.Select(r =>
        $"{r.TaskId},{r.Regime},{r.Seed.ToString(CultureInfo.InvariantCulture)},{Csv.Escape(r.Metric)},{r.Value.ToString("R", CultureInfo.InvariantCulture)}");

    /// <summary>Reads a results file written by <see cref="Rows"/>.</summary>
    /// <exception cref="InvalidDataException">The header or a row is malformed; the message names the line.</exception>
    public static IReadOnlyList<ResultRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new InvalidDataException($"{path}: line 1 should be '{Header}'.");
        var rows = new List<ResultRow>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = Csv.Split(lines[i], path, i + 1);
            if (f.Length != 5 || !long.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new InvalidDataException($"{path}: line {i + 1} is not 'task,regime,seed,metric,value': {lines[i]}");
            rows.Add(new ResultRow(f[0], f[1], seed, f[3], value));
        }
        return rows;
    }

    /// <summary>Mean ± sample std (ddof 1) over seeds of one metric per task and regime.</summary>
    /// <param name="rows">Results rows.</param>
    /// <param name="metricOf">The metric to summarise for a task id (e.g. its headline metric).</param>
    public static IReadOnlyList<ScoreSummary> Summarise(IEnumerable<ResultRow> rows, Func<string, string> metricOf) =>
        rows.Where(r => r.Metric == metricOf(r.TaskId) && double.IsFinite(r.Value))
            .GroupBy(r => (r.TaskId, r.Regime))
            .OrderBy(g => g.Key.TaskId, StringComparer.Ordinal).ThenBy(g => RegimeNames.Parse(g.Key.Regime))
            .Select(g =>
            {
                var values = g.Select(r => r.Value).ToArray();
                var summary = SeedSummary.Of(values);
                double? std = values.Length > 1 ? summary.StandardDeviation : null;
                return new ScoreSummary(g.Key.TaskId, RegimeNames.Parse(g.Key.Regime).Label(), metricOf(g.Key.TaskId), summary.Mean, std, values.Length);
            })
            .ToList();
}
