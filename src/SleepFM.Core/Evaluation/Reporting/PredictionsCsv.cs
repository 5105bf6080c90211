using SleepFM.IO;
using System.Globalization;
using System.Text;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;

namespace SleepFM.Evaluation.Reporting;

/// <summary>
/// <c>predictions.csv</c>: every prediction of every run, so any metric can be recomputed (e.g. with
/// scikit-learn). Columns: <c>task, regime, seed, split, sample_id, subject_id</c>, then for binary and
/// multiclass tasks <c>y_true, score_&lt;class&gt;…, y_pred</c>, and for multilabel tasks
/// <c>true_&lt;label&gt;…, score_&lt;label&gt;…, pred_&lt;label&gt;…</c> (predictions after the validation thresholds).
/// Scores are written with full round-trip precision.
/// </summary>
public static class PredictionsCsv
{
    /// <summary>The header for a task.</summary>
    public static string Header(DownstreamTask task)
    {
        var columns = new List<string> { "task", "regime", "seed", "split", "sample_id", "subject_id" };
        if (task.Kind == TaskKind.Multilabel)
        {
            columns.AddRange(task.Classes.Select(c => "true_" + c));
            columns.AddRange(task.Classes.Select(c => "score_" + c));
            columns.AddRange(task.Classes.Select(c => "pred_" + c));
        }
        else
        {
            columns.Add("y_true");
            columns.AddRange(task.Classes.Select(c => "score_" + c));
            columns.Add("y_pred");
        }
        return string.Join(",", columns);
    }

    /// <summary>The rows of one prediction set (no header).</summary>
    public static IEnumerable<string> Rows(DownstreamTask task, string regime, long seed, PredictionSet predictions)
    {
        var inv = CultureInfo.InvariantCulture;
        string split = predictions.Split.ToString().ToLowerInvariant();
        for (int i = 0; i < predictions.Count; i++)
        {
            var row = new StringBuilder();
            row.Append(task.Id).Append(',').Append(regime).Append(',').Append(seed.ToString(inv)).Append(',').Append(split).Append(',')
               .Append(Csv.Escape(predictions.SampleIds[i])).Append(',').Append(Csv.Escape(predictions.SubjectIds[i]));
            int labels = predictions.Labels.GetLength(1), width = predictions.Scores.GetLength(1);
            for (int l = 0; l < labels; l++) row.Append(',').Append(predictions.Labels[i, l].ToString(inv));
            for (int c = 0; c < width; c++) row.Append(',').Append(predictions.Scores[i, c].ToString("R", inv));
            for (int l = 0; l < predictions.Predictions.GetLength(1); l++) row.Append(',').Append(predictions.Predictions[i, l].ToString(inv));
            yield return row.ToString();
        }
    }
}
