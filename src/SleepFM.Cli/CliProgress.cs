using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace SleepFM.Cli;

/// <summary>Where long work reports how far it is.</summary>
interface IProgressSink
{
    /// <summary>Sets the progress of the current task to <paramref name="done"/> of <paramref name="total"/>, with a short detail.</summary>
    void Set(double done, double total, string detail = "");
}

/// <summary>
/// Progress for long commands, on stderr: an in-place Spectre.Console bar when stderr is a terminal,
/// otherwise plain lines at most every few seconds (CI logs, pipes, tests), so stdout stays clean for --json.
/// </summary>
static class CliProgress
{
    /// <summary>Runs <paramref name="work"/> with a progress display titled <paramref name="title"/>.</summary>
    public static T Run<T>(CliContext context, string title, Func<IProgressSink, T> work)
    {
        bool terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal) return work(new LineSink(context.Error, title));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title));
                result = work(new BarSink(task, title));
                task.Value = task.MaxValue;
            });
        return result;
    }

    sealed class BarSink(ProgressTask task, string title) : IProgressSink
    {
        public void Set(double done, double total, string detail = "")
        {
            task.MaxValue = Math.Max(1, total);
            task.Value = Math.Min(done, task.MaxValue);
            task.Description = Markup.Escape(string.IsNullOrEmpty(detail) ? title : $"{title} · {detail}");
        }
    }

    sealed class LineSink(TextWriter error, string title) : IProgressSink
    {
        readonly Stopwatch sinceLast = Stopwatch.StartNew();
        int lastDecile = -1;

        public void Set(double done, double total, string detail = "")
        {
            int percent = total > 0 ? (int)(100 * done / total) : 0;
            bool finished = total > 0 && done >= total;
            if (!finished && percent / 10 == lastDecile && sinceLast.Elapsed.TotalSeconds < 5) return;
            lastDecile = percent / 10;
            sinceLast.Restart();
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {percent}% ({done:0}/{total:0}){(detail.Length > 0 ? " " + detail : "")}"));
        }
    }
}
