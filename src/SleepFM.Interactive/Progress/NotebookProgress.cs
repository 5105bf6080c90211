using System.Globalization;
using System.Net;
using SleepFM.Training.Pretraining;

namespace SleepFM.Interactive.Progress;

/// <summary>
/// An <see cref="IProgress{T}"/> that draws an HTML progress bar in the running notebook cell and updates it
/// in place, at most <see cref="MaxUpdatesPerSecond"/> times a second (a training loop reports every step;
/// the front end would drown otherwise). The last report is always drawn by <see cref="Complete"/> or
/// <see cref="Dispose"/>. Outside a kernel it draws nothing, so library code and tests can use it freely.
/// </summary>
/// <typeparam name="T">The report type.</typeparam>
public sealed class NotebookProgress<T> : IProgress<T>, IDisposable
{
    /// <summary>Upper bound on in-place updates per second.</summary>
    public const double MaxUpdatesPerSecond = 5;

    readonly string title;
    readonly Func<T, ProgressState> describe;
    readonly TimeProvider time;
    readonly long minimumTicks;
    readonly object gate = new();
    object? handle;
    long lastDrawn = long.MinValue;
    ProgressState? pending;
    bool completed;

    /// <summary>Creates the bar (nothing is shown until the first report).</summary>
    /// <param name="title">Bold label before the status text.</param>
    /// <param name="describe">Turns a report into a fraction and a status line.</param>
    /// <param name="time">Clock for the throttle; null = the system clock (tests pass a fake).</param>
    public NotebookProgress(string title, Func<T, ProgressState> describe, TimeProvider? time = null)
    {
        this.title = title ?? "";
        this.describe = describe ?? throw new ArgumentNullException(nameof(describe));
        this.time = time ?? TimeProvider.System;
        minimumTicks = (long)(this.time.TimestampFrequency / MaxUpdatesPerSecond);
    }

    /// <summary>The HTML of the latest drawn state (also kept outside a kernel, for tests and logs).</summary>
    public string Html { get; private set; } = "";

    /// <summary>How many times the bar was drawn (first display plus in-place updates).</summary>
    public int Draws { get; private set; }

    /// <summary>True when a kernel is displaying the bar.</summary>
    public bool IsDisplayed => handle is not null;

    /// <inheritdoc />
    public void Report(T value)
    {
        var state = describe(value);
        lock (gate)
        {
            if (completed) return;
            long now = time.GetTimestamp();
            bool finished = state.Fraction >= 1;
            if (!finished && lastDrawn != long.MinValue && now - lastDrawn < minimumTicks)
            {
                pending = state;
                return;
            }
            Draw(state, now);
        }
    }

    /// <summary>Draws the last report (if throttled away) and stops further updates.</summary>
    public void Complete()
    {
        lock (gate)
        {
            if (completed) return;
            if (pending is not null) Draw(pending, time.GetTimestamp());
            completed = true;
        }
    }

    /// <summary>Same as <see cref="Complete"/>.</summary>
    public void Dispose() => Complete();

    void Draw(ProgressState state, long now)
    {
        pending = null;
        lastDrawn = now;
        Html = NotebookProgress.Render(title, state);
        Draws++;
        if (handle is null) handle = KernelDisplay.Show(Html);
        else KernelDisplay.Update(handle, Html);
    }
}

/// <summary>Factories for <see cref="NotebookProgress{T}"/> and the running cell's cancellation token.</summary>
public static class NotebookProgress
{
    /// <summary>A bar for any report type.</summary>
    public static NotebookProgress<T> For<T>(string title, Func<T, ProgressState> describe) => new(title, describe);

    /// <summary>A bar fed with fractions 0–1.</summary>
    public static NotebookProgress<double> Fraction(string title) =>
        new(title, f => new ProgressState(f, (100 * Math.Clamp(f, 0, 1)).ToString("0", CultureInfo.InvariantCulture) + "%"));

    /// <summary>A bar for a reproduction stage (<see cref="SleepFM.Reproduction.PaperReproduction"/>): units done and what is happening.</summary>
    public static NotebookProgress<SleepFM.Reproduction.StageProgress> Stage(string title) =>
        new(title, p => new ProgressState(p.Total > 0 ? (double)p.Done / p.Total : 0, p.Detail ?? ""));

    /// <summary>A bar for <see cref="Pretrainer.Run"/>: step, loss, throughput and time left.</summary>
    public static NotebookProgress<PretrainingProgress> Pretraining(string title = "pretraining") =>
        new(title, p => new ProgressState(p.TotalSteps > 0 ? (double)p.Step / p.TotalSteps : double.NaN, string.Create(CultureInfo.InvariantCulture,
            $"step {p.Step}/{p.TotalSteps} · epoch {p.Epoch + 1} · loss {p.Loss:0.000} · {p.ClipsPerSecond:0.0} clips/s · {p.Remaining:hh\\:mm\\:ss} left")));

    /// <summary>
    /// The running cell's cancellation token: it fires when the notebook's stop button is pressed, so pass it
    /// to long library calls (<c>pretrainer.Run(cancellation: NotebookProgress.CellCancellation())</c>).
    /// <see cref="CancellationToken.None"/> outside a kernel.
    /// </summary>
    public static CancellationToken CellCancellation() => KernelDisplay.CellCancellation();

    /// <summary>The bar's HTML: a label, a filled track and the status text (inline styles, so it renders offline and in saved notebooks).</summary>
    public static string Render(string title, ProgressState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        bool known = double.IsFinite(state.Fraction);
        double percent = known ? 100 * Math.Clamp(state.Fraction, 0, 1) : 0;
        var width = percent.ToString("0.#", CultureInfo.InvariantCulture);
        var bar = known
            ? $"<div style=\"flex:0 0 240px;height:10px;background:#e0e0e0;border-radius:5px;overflow:hidden\"><div style=\"width:{width}%;height:100%;background:#1f77b4\"></div></div>"
            : "";
        return $"<div class=\"sleepfm-progress\" style=\"display:flex;gap:8px;align-items:center;font-family:sans-serif;font-size:13px\">" +
               $"<b>{WebUtility.HtmlEncode(title)}</b>{bar}<span>{WebUtility.HtmlEncode(state.Text)}</span></div>";
    }
}
