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

    /// <summary>Every notebook file name, sorted.</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.EnumerateFiles(NotebooksDirectory, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();

    /// <summary><see cref="Names"/> as xunit theory data.</summary>
    public static TheoryData<string> All() => new(Names());
}
