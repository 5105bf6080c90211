namespace SleepFM.Tests.Fixtures;

/// <summary>The repository root, found by walking up from the test binaries to the solution file.</summary>
public static class RepoPaths
{
    static readonly Lazy<string> RootDirectory = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SleepFM.Notebooks.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Could not find SleepFM.Notebooks.sln above " + AppContext.BaseDirectory);
    });

    /// <summary>Absolute path of the repository root.</summary>
    public static string Root => RootDirectory.Value;
}
