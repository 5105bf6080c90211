using SleepFM.Pipeline;
using SleepFM.Runtime;

namespace SleepFM.Cli;

/// <summary>The CLI side of <see cref="DatasetPreparation"/>: a progress display while preparing, a warning line per failed recording.</summary>
static class CliPreparation
{
    /// <summary>
    /// The prepared folder of <paramref name="dataset"/> given by <c>--data</c>: the folder itself when it is prepared,
    /// otherwise its raw data prepared into <paramref name="outputDirectory"/> (see <see cref="DatasetPreparation.PreparedOrPrepare"/>).
    /// </summary>
    public static string PreparedOrPrepare(CliContext context, string dataset, string data, string outputDirectory, CancellationToken cancellation)
    {
        // Checked here too so that a prepared folder shows no progress bar at all.
        if (DatasetPreparation.IsPrepared(data)) return data;
        var outcome = CliProgress.Run(context, $"prepare {dataset}", sink => DatasetPreparation.PreparedOrPrepare(dataset, data, outputDirectory,
            new SynchronousProgress<PrepareProgress>(p => sink.Set(p.Done, p.Total, p.LastRecordingId)),
            cancellation));
        WriteWarnings(context, outcome.Failures);
        return outcome.Directory;
    }

    /// <summary>One <c>sleepfm: warning:</c> line on stderr per recording that could not be prepared (failures.csv lists them too).</summary>
    public static void WriteWarnings(CliContext context, IEnumerable<PrepareFailure> failures)
    {
        foreach (var f in failures) context.Error.WriteLine($"sleepfm: warning: {f.File}: {f.ErrorType}: {f.Message}");
    }
}
