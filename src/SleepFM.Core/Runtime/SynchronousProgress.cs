namespace SleepFM.Runtime;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its action inside <see cref="Report"/>, on the reporting thread, one call
/// at a time.
/// </summary>
/// <remarks>
/// <see cref="Progress{T}"/> posts each report to the synchronization context captured at construction (the thread
/// pool in a console app or a test), so reports arrive late, out of order, or after the work has returned; a progress
/// bar or a test that reads what was reported when the call ends then sees stale values. Here a report has been
/// handled by the time <see cref="Report"/> returns. Calls are serialised because some work reports from several
/// worker threads (<see cref="Pipeline.PrepareRunner"/>), and the actions (console bars, lists) are not thread-safe.
/// </remarks>
/// <typeparam name="T">The report type.</typeparam>
/// <param name="report">Called with each report; keep it short, since it runs on (and holds up) the worker.</param>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    readonly Action<T> report = report ?? throw new ArgumentNullException(nameof(report));
    readonly object gate = new();

    /// <summary>Runs the action with <paramref name="value"/> before returning.</summary>
    public void Report(T value)
    {
        lock (gate) report(value);
    }
}
