using SleepFM.IO;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SleepFM.Channels;
using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// <c>sleepfm prepare</c>: converts a dataset once into shards plus an index, in parallel over recordings.
/// </summary>
/// <remarks>
/// <para><b>Output folder.</b> <c>shards/&lt;name&gt;.h5</c> (one per recording, <see cref="ShardLayout"/>) and
/// <c>shards/&lt;name&gt;.json</c> (its <see cref="RecordingManifest"/>); <c>index.csv</c> (<see cref="DatasetIndex"/>),
/// <c>splits.csv</c> (<see cref="SubjectSplits"/>), <c>dataset.json</c> (<see cref="PreparedDatasetInfo"/>), and
/// <c>failures.csv</c> (or <c>failures-p{i}of{n}.csv</c> for a partition): <c>recording_id,file,error_type,message</c>.</para>
/// <para><b>Resumable.</b> Shard and manifest are each written under a temporary name and renamed; the manifest comes
/// last and marks the recording done. A re-run skips done recordings, redoes the rest, and deletes temporary files its
/// own partition left behind (never another partition's, which may be running).</para>
/// <para><b>Failures.</b> A recording that throws is listed with its reason and the run goes on; see
/// <see cref="PrepareReport.ExitCode"/>.</para>
/// <para><b>Splits</b> are computed from every recording the recipe finds (not just the prepared ones), so every
/// partition and every re-run writes the same splits.</para>
/// </remarks>
public static class PrepareRunner
{
    /// <summary>Description of the shard container written to dataset.json.</summary>
    public const string Container = "HDF5 (PureHDF 2.2), one file per recording, contiguous uncompressed datasets";

    /// <summary>Runs a conversion (or, with <see cref="PrepareOptions.IndexOnly"/>, only rebuilds the index).</summary>
    /// <param name="options">What to convert.</param>
    /// <param name="progress">Receives a report after each recording; may be null.</param>
    /// <param name="cancellationToken">Stops starting new recordings; finished ones stay done.</param>
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="DatasetLayoutException">The source does not have the recipe's layout, or two recordings share an id.</exception>
    public static PrepareReport Run(PrepareOptions options, IProgress<PrepareProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1, nameof(options.Workers));
        var clock = Stopwatch.StartNew();
        var recipe = options.Recipe;
        string source = Path.GetFullPath(options.SourceDirectory);
        string output = Path.GetFullPath(options.OutputDirectory);
        var all = Enumerate(recipe, source);
        string shardDirectory = Path.Combine(output, ShardLayout.ShardFolder);
        Directory.CreateDirectory(shardDirectory);
        string tag = options.Partition.Tag;
        foreach (var leftover in Directory.EnumerateFiles(shardDirectory, "*" + StagedFile.TempMarker + tag + "-*"))
            StagedFile.TryDelete(leftover);

        var mine = options.Partition.Select(all);
        var pending = options.IndexOnly ? [] : mine.Where(r => !IsDone(shardDirectory, r)).ToList();
        int skipped = options.IndexOnly ? 0 : mine.Count - pending.Count;
        var failures = new List<PrepareFailure>();
        int converted = 0, completed = 0;
        long windows = 0;
        double hours = 0;
        var gate = new object();
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = cancellationToken }, recording =>
        {
            RecordingManifest? manifest = null;
            PrepareFailure? failure = null;
            try
            {
                manifest = RecordingPreparer.Prepare(recipe, recording, shardDirectory, options.Precision, tag);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                failure = new PrepareFailure(recording.RecordingId, recording.MainFile, e.GetType().Name, e.Message.ReplaceLineEndings(" ").Trim());
            }
            PrepareProgress report;
            lock (gate)
            {
                completed++;
                if (manifest is not null)
                {
                    converted++;
                    windows += manifest.WindowCount;
                    hours += manifest.DurationSeconds / 3600;
                }
                if (failure is not null) failures.Add(failure);
                report = new PrepareProgress(completed, pending.Count, failures.Count, skipped, recording.RecordingId, hours);
            }
            progress?.Report(report);
        });

        failures.Sort((a, b) => string.CompareOrdinal(a.RecordingId, b.RecordingId));
        string failuresFile = Path.Combine(output, options.Partition.Count == 1 ? "failures.csv" : $"failures-{tag}.csv");
        WriteFailures(failuresFile, failures);
        var info = BuildIndex(options with { SourceDirectory = source, OutputDirectory = output }, all);
        return new PrepareReport(output, options.Partition, mine.Count, converted, skipped, failures, windows, hours,
            clock.Elapsed.TotalSeconds, failuresFile, info.Complete);
    }

    /// <summary>True when a recording's manifest (and shard, if it has windows) exist and match this layout version.</summary>
    public static bool IsDone(string shardDirectory, RecordingDescriptor recording)
    {
        string name = ShardNames.For(recording.RecordingId);
        var manifest = PipelineJson.TryRead<RecordingManifest>(Path.Combine(shardDirectory, name + ShardLayout.ManifestExtension));
        return manifest is not null && manifest.RecordingId == recording.RecordingId && manifest.FormatVersion == ShardLayout.FormatVersion
            && (manifest.Shard is null || File.Exists(Path.Combine(shardDirectory, manifest.Shard)));
    }

    static List<RecordingDescriptor> Enumerate(IDatasetRecipe recipe, string source)
    {
        var all = recipe.Enumerate(source).OrderBy(r => r.RecordingId, StringComparer.Ordinal).ToList();
        for (int i = 1; i < all.Count; i++)
            if (all[i].RecordingId == all[i - 1].RecordingId)
                throw new DatasetLayoutException(source, $"two recordings share the id '{all[i].RecordingId}' ({all[i - 1].MainFile}, {all[i].MainFile})");
        return all;
    }

    static void WriteFailures(string path, IReadOnlyList<PrepareFailure> failures)
    {
        var sb = new StringBuilder("recording_id,file,error_type,message\n");
        foreach (var f in failures)
            sb.Append(Csv.Escape(f.RecordingId)).Append(',').Append(Csv.Escape(f.File)).Append(',').Append(Csv.Escape(f.ErrorType)).Append(',').Append(Csv.Escape(f.Message)).Append('\n');
        AtomicFile.WriteAllText(path, sb.ToString());
    }

    static PreparedDatasetInfo BuildIndex(PrepareOptions options, IReadOnlyList<RecordingDescriptor> all)
    {
        var recipe = options.Recipe;
        string shardDirectory = Path.Combine(options.OutputDirectory, ShardLayout.ShardFolder);
        var manifests = new List<RecordingManifest>();
        foreach (var r in all)
        {
            if (!IsDone(shardDirectory, r)) continue;
            manifests.Add(PipelineJson.TryRead<RecordingManifest>(Path.Combine(shardDirectory, ShardNames.For(r.RecordingId) + ShardLayout.ManifestExtension))!);
        }
        var officialTest = all.Where(r => r.OfficialSplit == DataSplit.Test).Select(r => r.SubjectId);
        var splits = SubjectSplitter.Split(all.Select(r => r.SubjectId), officialTest, options.Splits);
        var rows = DatasetIndex.Build(manifests, splits);
        DatasetIndex.Write(Path.Combine(options.OutputDirectory, DatasetIndex.FileName), rows);
        string splitsPath = Path.Combine(options.OutputDirectory, SubjectSplits.FileName);
        AtomicFile.Write(splitsPath, temp => SubjectSplits.Write(temp, splits));

        var withShards = manifests.Where(m => m.Shard is not null).ToList();
        var perModality = new Dictionary<string, int>();
        foreach (var modality in Enum.GetValues<Modality>())
        {
            int max = withShards.Select(m => m.Channels.Count(c => c.Modality == modality)).DefaultIfEmpty(0).Max();
            if (max > 0) perModality[modality.ToString()] = max;
        }
        // The shards decide the dtype (an --index-only run after a float32 array job must not call them float16).
        var precision = options.Precision;
        if (withShards.Count > 0)
            using (var sample = ShardReader.Open(Path.Combine(shardDirectory, withShards[0].Shard!)))
                precision = sample.Precision;
        double rate = recipe.Chain.TargetSampleRateHz;
        var info = new PreparedDatasetInfo(ShardLayout.FormatVersion, recipe.Name, options.SourceDirectory,
            JsonDocument.Parse(recipe.Chain.ToJson()).RootElement.Clone(), rate, recipe.WindowSeconds,
            RecordingPreparer.WindowSamples(recipe.WindowSeconds, rate), precision == ShardPrecision.Float16 ? "float16" : "float32",
            Container, recipe.Labels, options.Splits, all.Count, manifests.Count, rows.Count,
            withShards.Select(m => m.SubjectId).Distinct().Count(), withShards.Select(m => m.Channels.Count).DefaultIfEmpty(0).Max(),
            perModality, manifests.Count == all.Count);
        PipelineJson.WriteAtomic(Path.Combine(options.OutputDirectory, PreparedDatasetInfo.FileName), info);
        return info;
    }
}
