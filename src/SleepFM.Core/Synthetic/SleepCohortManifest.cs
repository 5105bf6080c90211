namespace SleepFM.Synthetic;

/// <summary>Result of <see cref="SyntheticWorld.GenerateSleepCohorts"/>.</summary>
/// <param name="OutputDirectory">The <c>psg/</c> folder written.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Preset">The preset used.</param>
/// <param name="Cohorts">Per-cohort summaries.</param>
/// <param name="NightsWritten">Nights generated in this run.</param>
/// <param name="NightsSkipped">Nights whose files already existed.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record SleepCohortManifest(
    string OutputDirectory,
    int Seed,
    SynthesisPreset Preset,
    IReadOnlyList<SleepCohortSummary> Cohorts,
    int NightsWritten,
    int NightsSkipped,
    TimeSpan Elapsed)
{
    /// <summary>Every EDF+ file, all cohorts.</summary>
    public IEnumerable<string> EdfFiles => Cohorts.SelectMany(c => c.EdfFiles);
}
