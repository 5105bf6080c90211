namespace SleepFM.Notebooks.Tests;

/// <summary>Where the notebooks are, and where executed copies go.</summary>
public static class NotebookPaths
{
    static readonly Lazy<string> RepoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SleepFM.Notebooks.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Could not find SleepFM.Notebooks.sln above " + AppContext.BaseDirectory);
    });

    /// <summary>The notebooks/ folder.</summary>
    public static string NotebooksDirectory => Path.Combine(RepoRoot.Value, "notebooks");

    /// <summary>Executed notebooks are saved here (git-ignored) so a failure can be inspected with its outputs.</summary>
    public static string ExecutedDirectory => Path.Combine(RepoRoot.Value, "artifacts", "executed-notebooks");

    /// <summary>
    /// The results folder the notebooks share during one test run (tiny preset), under artifacts/ (git-ignored);
    /// emptied once per test process so every run starts from a fresh machine's state.
    /// </summary>
    public static string SharedResultsDirectory => SharedResults.Value;

    static readonly Lazy<string> SharedResults = new(() =>
    {
        var path = Path.Combine(RepoRoot.Value, "artifacts", "notebook-results", "tiny");
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    });

    /// <summary>Every notebook file name, sorted.</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.EnumerateFiles(NotebooksDirectory, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();

    /// <summary><see cref="Names"/> as xunit theory data.</summary>
    public static TheoryData<string> All() => new(Names());
}
