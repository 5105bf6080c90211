using SleepFM.Evaluation.Reporting;
using SleepFM.Reproduction;
using SleepFM.Runtime;
using SleepFM.Tasks;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Reproduction;

/// <summary>
/// What Ctrl+C in the middle of the transfer stage leaves behind: finished runs are kept and not redone, the run
/// that was stopped leaves no folder, and running the stage again ends with the same numbers as a run never stopped.
/// </summary>
[Collection("Torch")]
public sealed class InterruptedTransferTests
{
    [Fact]
    public void A_stopped_transfer_continues_where_it_stopped_and_ends_as_if_never_stopped()
    {
        using var temp = new TempDirectory();
        var stopped = Path.Combine(temp.Path, "stopped");
        var run = Reproduction(stopped);
        run.EnsureData();
        foreach (var dataset in run.DatasetsToPrepare()) run.Prepare(dataset);
        run.Pretrain();
        // The same data and encoder for a run that is never stopped.
        var uninterrupted = Path.Combine(temp.Path, "uninterrupted");
        CopyDirectory(stopped, uninterrupted);
        var task = TaskCatalog.Get("tuab");

        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress<StageProgress>(p => { if (p.Done >= 1) stop.Cancel(); });   // once the first run has finished
        Assert.ThrowsAny<OperationCanceledException>(() => run.Transfer(task, progress, stop.Token));
        var kept = RunFolders(stopped);
        Assert.Single(kept);
        var keptAt = File.GetLastWriteTimeUtc(Path.Combine(kept[0], "metrics.csv"));

        var resumed = run.Transfer(task);
        var reference = Reproduction(uninterrupted).Transfer(task);

        Assert.Equal(keptAt, File.GetLastWriteTimeUtc(Path.Combine(kept[0], "metrics.csv")));   // not trained again
        Assert.Equal(PaperReproduction.RegimesFor(task).Count, RunFolders(stopped).Count);
        Assert.Equal(Rows(reference), Rows(resumed));
    }

    static PaperReproduction Reproduction(string root) =>
        new(new ReproductionOptions { Preset = "tiny", OutputDirectory = root, Tasks = ["tuab"], FineTuningSeeds = 1 });

    static List<string> RunFolders(string root) =>
        [.. Directory.GetDirectories(Path.Combine(root, "transfer", "tuab"), "seed-*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    static List<(string, string, long, string, double)> Rows(IEnumerable<ResultRow> rows) =>
        [.. rows.Select(r => (r.TaskId, r.Regime, r.Seed, r.Metric, r.Value)).Order()];

    static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}
