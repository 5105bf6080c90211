using System.Diagnostics;
using System.Globalization;
using SleepFM.IO;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// Writes the eight synthetic wake-task datasets (plus the CODE-15%-like ECG training set) in their
/// real native layouts (<c>data/README.md</c>), deterministically for a seed. The EEG shares its
/// background physiology with the sleep world (<see cref="Physiology.EegSynthesizer"/>, the same
/// subject traits and wake state), which is the premise the paper tests.
/// </summary>
public static class DownstreamWorld
{
    /// <summary>Version of the generator, written to <c>downstream.json</c>; bump when output bytes change.</summary>
    public const string GeneratorVersion = "sleepfm-synthetic-downstream/2";

    /// <summary>Id under which CODE-15%'s label counts are reported (it trains the ECG tasks but is not one of the eight).</summary>
    public const string Code15TaskId = Code15Generator.TaskId;

    /// <summary>
    /// Writes <c>tuab/ tuev/ tusl/ chbmit/ braincapture/ code15/ ptbxl/ g12ec/ cpsc/</c> under
    /// <paramref name="outputDirectory"/>. Files are written atomically and in parallel; files that already
    /// exist are skipped, so an interrupted run resumes. Output bytes depend only on the preset and seed.
    /// </summary>
    /// <param name="outputDirectory">Root of the synthetic world (the folder that also holds <c>psg/</c>).</param>
    /// <param name="preset">How much to generate.</param>
    /// <param name="seed">The world's seed.</param>
    /// <param name="progress">Receives a report after each signal file (from worker threads), or null.</param>
    /// <param name="cancellationToken">Stops between files; finished files stay valid.</param>
    /// <returns>Folders, subject and file counts, and the samples per class of every dataset (Figure 1).</returns>
    /// <exception cref="InvalidOperationException">The folder holds downstream data made with another seed, preset or generator version.</exception>
    public static DownstreamManifest Generate(string outputDirectory, DownstreamPreset preset, int seed,
        IProgress<SynthesisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(preset);
        preset.Validate();
        var clock = Stopwatch.StartNew();
        string root = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(root);
        WriteOrCheckStamp(Path.Combine(root, "downstream.json"), preset, seed);
        var plans = Plan(root, preset, seed);

        var jobs = plans.SelectMany(p => p.Jobs).ToList();
        var ticks = plans.ToDictionary(p => p.TaskId, _ => new long[1]);
        int completed = 0, written = 0, skipped = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, j =>
        {
            var job = jobs[j];
            bool complete = job.Outputs.All(File.Exists);
            if (complete) Interlocked.Increment(ref skipped);
            else
            {
                long start = Stopwatch.GetTimestamp();
                job.Write();
                Interlocked.Add(ref ticks[job.TaskId][0], Stopwatch.GetTimestamp() - start);
                Interlocked.Increment(ref written);
            }
            progress?.Report(new SynthesisProgress(Interlocked.Increment(ref completed), jobs.Count, job.Name, complete));
        });
        foreach (var plan in plans)
            foreach (var (path, content) in plan.IndexFiles)
                if (!File.Exists(path) || File.ReadAllText(path) != content) AtomicFile.WriteAllText(path, content);

        var summaries = plans.Select(p => new DownstreamDatasetSummary(p.TaskId, p.Directory, p.SubjectCount, p.Jobs.Count, p.Counts, p.CountUnit,
            Stopwatch.GetElapsedTime(0, ticks[p.TaskId][0]))).ToList();
        return new DownstreamManifest(root, seed, preset, summaries, written, skipped, clock.Elapsed);
    }

    /// <summary>
    /// The class counts a run with these settings produces, without writing anything (planning is cheap:
    /// labels and file names are drawn before any signal is rendered).
    /// </summary>
    /// <param name="preset">The preset.</param>
    /// <param name="seed">The seed.</param>
    public static IReadOnlyList<Evaluation.Reporting.ClassCount> PlannedClassCounts(DownstreamPreset preset, int seed)
    {
        ArgumentNullException.ThrowIfNull(preset);
        preset.Validate();
        return Plan(Path.GetTempPath(), preset, seed).SelectMany(p => p.Counts).ToList();
    }

    static List<DatasetPlan> Plan(string root, DownstreamPreset preset, int seed)
    {
        var world = new SynthRandom(seed).Derive("downstream");
        // Order follows TaskCatalog.All (EEG, then ECG), with CODE-15% before the ECG test sets it trains for.
        return
        [
            TuevGenerator.Plan(root, preset, world.Derive("tuev")),
            TuabGenerator.Plan(root, preset, world.Derive("tuab")),
            TuslGenerator.Plan(root, preset, world.Derive("tusl")),
            BrainCaptureGenerator.Plan(root, preset, world.Derive("braincapture")),
            ChbMitGenerator.Plan(root, preset, world.Derive("chbmit")),
            Code15Generator.Plan(root, preset, world.Derive("code15")),
            PtbXlGenerator.Plan(root, preset, world.Derive("ptbxl")),
            ChallengeEcgGenerator.Plan(root, preset, world.Derive("g12ec"), georgia: true),
            ChallengeEcgGenerator.Plan(root, preset, world.Derive("cpsc"), georgia: false),
        ];
    }

    static void WriteOrCheckStamp(string path, DownstreamPreset preset, int seed)
    {
        var p = preset;
        string stamp = string.Create(CultureInfo.InvariantCulture,
            $"{{\n  \"generator\": \"{GeneratorVersion}\",\n  \"seed\": {seed},\n  \"preset\": \"{p.Name}\",\n" +
            $"  \"tuab\": [{p.TuabSubjects}, {p.TuabMinutes}],\n  \"tuev\": [{p.TuevSubjects}, {p.TuevSeconds}],\n  \"tusl\": [{p.TuslSubjects}, {p.TuslSeconds}],\n" +
            $"  \"chbmit\": [{p.ChbMitSubjects}, {p.ChbMitFilesPerSubject}, {p.ChbMitFileSeconds}, {p.ChbMitSeizureWindowShare:R}],\n" +
            $"  \"braincapture\": [{p.BrainCaptureSubjects}, {p.BrainCaptureMinutes}],\n  \"code15\": [{p.Code15Exams}, {p.Code15ExamsPerPart}],\n" +
            $"  \"ptbxl\": {p.PtbXlRecords},\n  \"g12ec\": {p.G12ecRecords},\n  \"cpsc\": {p.CpscRecords},\n" +
            $"  \"minimum_label_prevalence\": {p.MinimumLabelPrevalence:R},\n  \"minimum_event_share\": {p.MinimumEventShare:R}\n}}\n");
        if (File.Exists(path))
        {
            if (File.ReadAllText(path) != stamp)
                throw new InvalidOperationException(
                    $"'{path}' describes downstream data made with other settings (seed, preset or generator version); " +
                    "generate into an empty folder or delete the old one, so files of two worlds are never mixed.");
            return;
        }
        AtomicFile.WriteAllText(path, stamp);
    }
}
