namespace SleepFM.Datasets;

/// <summary>File-finding helpers shared by recipes: sorted, '/'-separated relative ids.</summary>
public static class SourceFiles
{
    /// <summary>Every file under a folder (recursively) whose name ends with <paramref name="extension"/> (case-insensitive), sorted ordinally by relative path.</summary>
    /// <param name="sourceDirectory">Root folder.</param>
    /// <param name="extension">E.g. ".edf".</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> Find(string sourceDirectory, string extension)
    {
        if (!Directory.Exists(sourceDirectory)) throw new DirectoryNotFoundException($"Source folder '{sourceDirectory}' does not exist.");
        return Directory.EnumerateFiles(sourceDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => RelativeId(sourceDirectory, f, keepExtension: true), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The path relative to the root, '/'-separated, optionally without its extension: a stable recording id.</summary>
    public static string RelativeId(string sourceDirectory, string file, bool keepExtension = false)
    {
        var relative = Path.GetRelativePath(sourceDirectory, file).Replace('\\', '/');
        if (!keepExtension)
        {
            var ext = Path.GetExtension(relative);
            if (ext.Length > 0) relative = relative[..^ext.Length];
        }
        return relative;
    }
}
