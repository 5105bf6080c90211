using SleepFM.IO;
using System.Diagnostics;
using System.Globalization;
using SleepFM.Synthetic.Physiology;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Synthetic;

/// <summary>
/// Entry point of the synthetic data world (SPEC §8b): writes the sleep cohorts (and, later, the eight
/// wake task datasets) in the real datasets' native layouts, deterministically for a seed.
/// </summary>
public static class SyntheticWorld
{
    /// <summary>Version of the generator, written to <c>synthesis.json</c>; bump when output bytes change.</summary>
    public const string GeneratorVersion = "sleepfm-synthetic-sleep/2";

    /// <summary>
    /// Writes <c>&lt;out&gt;/psg/&lt;cohort&gt;/&lt;subject&gt;.edf</c> (EDF+ with stage and event annotations),
    /// <c>&lt;subject&gt;.hypnogram.csv</c>, <c>&lt;subject&gt;.events.csv</c> and a <c>subjects.csv</c> per cohort.
    /// Nights run in parallel; each file is written atomically, and nights whose files all exist are
    /// skipped, so an interrupted run resumes. Output bytes depend only on the preset and seed.
    /// </summary>
    /// <param name="outputDirectory">Root of the synthetic world; <c>psg/</c> is created inside it.</param>
    /// <param name="preset">How much to generate.</param>
    /// <param name="seed">The world's seed.</param>
    /// <param name="progress">Receives a report after each night (from worker threads), or null.</param>
    /// <param name="cancellationToken">Stops between nights; finished files stay valid.</param>
    /// <exception cref="InvalidOperationException">The folder holds a world made with another seed, preset or generator version.</exception>
    public static SleepCohortManifest GenerateSleepCohorts(string outputDirectory, SynthesisPreset preset, int seed,
        IProgress<SynthesisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(preset);
        preset.Validate();
        var clock = Stopwatch.StartNew();
        string psg = Path.GetFullPath(Path.Combine(outputDirectory, "psg"));
        Directory.CreateDirectory(psg);
        WriteOrCheckStamp(Path.Combine(psg, "synthesis.json"), preset, seed);

        var root = new SynthRandom(seed);
        double duration = Math.Floor(preset.NightHours * 3600 / NightSynthesizer.EpochSeconds) * NightSynthesizer.EpochSeconds;
        var jobs = new List<(CohortDefinition Cohort, int Index, SubjectProfile Subject, SynthRandom Random, string Directory)>();
        foreach (var cohort in preset.Cohorts)
        {
            var cohortRandom = root.Derive(cohort.Name);
            string directory = Path.Combine(psg, cohort.Name);
            Directory.CreateDirectory(directory);
            for (int i = 0; i < preset.SubjectsPerCohort; i++)
            {
                var subjectRandom = cohortRandom.Derive((ulong)i);
                var subject = SubjectProfile.Draw($"{cohort.Name}-{i:D4}", subjectRandom.Derive("profile"),
                    cohort.MinAgeYears, cohort.MaxAgeYears, cohort.LineFrequencyHz);
                jobs.Add((cohort, i, subject, subjectRandom, directory));
            }
        }

        var hypnograms = new Hypnogram[jobs.Count];
        int completed = 0, written = 0, skipped = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, j =>
        {
            var (cohort, index, subject, random, directory) = jobs[j];
            string edf = Path.Combine(directory, subject.SubjectId + ".edf");
            string hypnogramCsv = Path.Combine(directory, subject.SubjectId + ".hypnogram.csv");
            string eventsCsv = Path.Combine(directory, subject.SubjectId + ".events.csv");
            bool complete = File.Exists(edf) && File.Exists(hypnogramCsv) && File.Exists(eventsCsv);
            if (complete)
            {
                hypnograms[j] = NightSynthesizer.HypnogramFor(subject, duration, random, preset.NominalNightHours);
                Interlocked.Increment(ref skipped);
            }
            else
            {
                var start = new DateTime(2001, 1, 1, 21, 0, 0).AddDays(index).AddMinutes(random.Derive("start").NextInt(150));
                var recording = NightSynthesizer.Synthesize(cohort, subject, duration, random, start, preset.NominalNightHours);
                SyntheticRecordingWriter.WriteHypnogramCsv(recording.Hypnogram, hypnogramCsv);
                SyntheticRecordingWriter.WriteEventsCsv(recording, eventsCsv);
                SyntheticRecordingWriter.WriteEdf(recording, edf);
                hypnograms[j] = recording.Hypnogram;
                Interlocked.Increment(ref written);
            }
            progress?.Report(new SynthesisProgress(Interlocked.Increment(ref completed), jobs.Count, subject.SubjectId, complete));
        });

        var summaries = new List<SleepCohortSummary>();
        foreach (var cohort in preset.Cohorts)
        {
            var members = Enumerable.Range(0, jobs.Count).Where(j => jobs[j].Cohort == cohort).ToList();
            string directory = Path.Combine(psg, cohort.Name);
            string subjectsCsv = Path.Combine(directory, "subjects.csv");
            SyntheticRecordingWriter.WriteSubjectsCsv(members.Select(j => (jobs[j].Subject, cohort.Name, hypnograms[j].DurationSeconds / 3600,
                NightSynthesizer.HeartFor(jobs[j].Subject, jobs[j].Random).Findings.Codes())), subjectsCsv);
            var stageEpochs = Enum.GetValues<SleepStage>().ToDictionary(s => s, s => members.Sum(j => hypnograms[j].Count(s)));
            summaries.Add(new SleepCohortSummary(
                cohort.Name,
                directory,
                members.Select(j => jobs[j].Subject.SubjectId).ToArray(),
                members.Select(j => Path.Combine(directory, jobs[j].Subject.SubjectId + ".edf")).ToArray(),
                subjectsCsv,
                stageEpochs,
                members.Sum(j => hypnograms[j].DurationSeconds) / 3600,
                members.Sum(j => (int)Math.Floor(hypnograms[j].DurationSeconds / 60))));
        }
        return new SleepCohortManifest(psg, seed, preset, summaries, written, skipped, clock.Elapsed);
    }

    static void WriteOrCheckStamp(string path, SynthesisPreset preset, int seed)
    {
        string stamp = string.Create(CultureInfo.InvariantCulture,
            $"{{\n  \"generator\": \"{GeneratorVersion}\",\n  \"seed\": {seed},\n  \"preset\": \"{preset.Name}\",\n  \"subjects_per_cohort\": {preset.SubjectsPerCohort},\n" +
            $"  \"night_hours\": {preset.NightHours:R},\n  \"nominal_night_hours\": {preset.NominalNightHours:R},\n" +
            $"  \"cohorts\": [{string.Join(", ", preset.Cohorts.Select(c => "\"" + c.Name + "\""))}]\n}}\n");
        if (File.Exists(path))
        {
            if (File.ReadAllText(path) != stamp)
                throw new InvalidOperationException(
                    $"'{path}' describes a synthetic world made with other settings (seed, preset or generator version); " +
                    "generate into an empty folder or delete the old one, so nights of two worlds are never mixed.");
            return;
        }
        AtomicFile.WriteAllText(path, stamp);
    }
}
