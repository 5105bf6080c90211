using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using SleepFM.Evaluation.Reporting;
using SleepFM.Tasks;

namespace SleepFM.Interactive.Formatters;

/// <summary>Shows class counts (Figure 1's data) as one table: dataset, class, count, share of the dataset, and a bar.</summary>
public static class ClassCountFormatter
{
    internal static void Register() =>
        Formatter.Register<IEnumerable<ClassCount>>((counts, writer) => writer.Write(ToHtml(counts)), HtmlFormatter.MimeType);

    /// <summary>The HTML table; datasets in the task catalogue's order, classes as given.</summary>
    public static string ToHtml(IEnumerable<ClassCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = counts.ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var task in list.GroupBy(c => c.TaskId).OrderBy(g => Order(g.Key)))
        {
            int total = task.Sum(c => c.Count), largest = task.Max(c => c.Count);
            foreach (var c in task)
                rows.Add([Html.Encode(Name(task.Key)), Html.Encode(c.ClassName), Html.Encode(c.Count),
                    Html.Encode((total > 0 ? 100.0 * c.Count / total : 0).ToString("0.0", CultureInfo.InvariantCulture) + "%"),
                    Html.Bar(largest > 0 ? (double)c.Count / largest : 0)]);
            rows.Add([$"<i>{Html.Encode(Name(task.Key))}</i>", "<i>total</i>", $"<b>{Html.Encode(total)}</b>", "", ""]);
        }
        int datasets = list.Select(c => c.TaskId).Distinct().Count();
        return Html.Table("sleepfm-class-counts", ["dataset", "class", "count", "share", ""], rows) +
               $"<div style=\"font-size:smaller\">{datasets} datasets · {list.Count} classes · {list.Sum(c => (long)c.Count)} samples</div>";
    }

    static int Order(string id)
    {
        for (int i = 0; i < TaskCatalog.All.Count; i++) if (TaskCatalog.All[i].Id == id) return i;
        return int.MaxValue;
    }

    static string Name(string id) => TaskCatalog.All.FirstOrDefault(t => t.Id == id)?.Name ?? id;
}
