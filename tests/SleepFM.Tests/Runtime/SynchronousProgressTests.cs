using SleepFM.Runtime;

namespace SleepFM.Tests.Runtime;

/// <summary>SynchronousProgress: a report is handled on the reporting thread before Report returns, one at a time.</summary>
public sealed class SynchronousProgressTests
{
    [Fact]
    public void Report_runs_the_action_on_the_calling_thread_before_returning()
    {
        var seen = new List<(int Value, int Thread)>();
        var progress = new SynchronousProgress<int>(v => seen.Add((v, Environment.CurrentManagedThreadId)));

        progress.Report(7);

        // System.Progress<T> would have posted this to the thread pool: nothing seen yet, and on another thread.
        Assert.Equal([(7, Environment.CurrentManagedThreadId)], seen);
    }

    [Fact]
    public void Reports_from_several_threads_never_overlap()
    {
        int inside = 0, mostInside = 0, calls = 0;
        var progress = new SynchronousProgress<int>(_ =>
        {
            mostInside = Math.Max(mostInside, Interlocked.Increment(ref inside));
            Thread.SpinWait(200);
            calls++;   // not atomic on purpose: only serialised calls count right
            Interlocked.Decrement(ref inside);
        });

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, progress.Report);

        Assert.Equal(1, mostInside);
        Assert.Equal(400, calls);
    }
}
