using SleepFM.Reproduction;

namespace SleepFM.Interactive;

/// <summary>
/// The first cell of every notebook: which preset, which data, and where results go. Environment variables override
/// the cell so any headless runner can choose: <c>SLEEPFM_PRESET</c> (tiny, quick, paper), <c>SLEEPFM_DATA</c> (a real
/// data root laid out as data/README.md describes) and <c>SLEEPFM_RESULTS</c> (the results folder). By default results
/// go to <c>results/&lt;preset&gt;</c> at the repository root, the same folder <c>sleepfm reproduce</c> writes, so the
/// notebooks and the command reuse each other's finished stages.
/// </summary>
/// <param name="Preset">tiny, quick or paper.</param>
/// <param name="DataDirectory">A real data root, or null for the synthetic world.</param>
/// <param name="ResultsDirectory">The results folder.</param>
public sealed record NotebookParameters(string Preset, string? DataDirectory, string ResultsDirectory)
{
    /// <summary>The cell's values, overridden by the environment.</summary>
    /// <param name="preset">The cell's preset.</param>
    /// <param name="data">The cell's data root, or null for the synthetic world.</param>
    /// <param name="results">The cell's results folder, or null for <c>results/&lt;preset&gt;</c> at the repository root.</param>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public static NotebookParameters Resolve(string preset = "quick", string? data = null, string? results = null)
    {
        preset = Environment("SLEEPFM_PRESET") ?? preset;
        var chosen = ReproductionPreset.FromName(preset).Name;
        data = Environment("SLEEPFM_DATA") ?? data;
        results = Environment("SLEEPFM_RESULTS") ?? results ?? Path.Combine(RepositoryRoot(), "results", chosen);
        return new NotebookParameters(chosen, data is null ? null : Path.GetFullPath(data), Path.GetFullPath(results));
    }

    /// <summary>The reproduction these parameters describe, restricted to <paramref name="tasks"/> (all eight when none).</summary>
    public PaperReproduction Reproduction(params string[] tasks) => new(new ReproductionOptions
    {
        Preset = Preset,
        OutputDirectory = ResultsDirectory,
        DataDirectory = DataDirectory,
        Tasks = tasks.Length > 0 ? tasks : null,
    });

    static string? Environment(string name) =>
        System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>The nearest folder up from the working directory that holds SleepFM.Notebooks.sln (notebooks run in notebooks/).</summary>
    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SleepFM.Notebooks.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
