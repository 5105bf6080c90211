namespace SleepFM.IO;

/// <summary>
/// Writes files and folders so a reader never sees a half-written one: write beside the target under a
/// temporary name, then rename (atomic within one file system).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes text to <paramref name="path"/> atomically, replacing any existing file.</summary>
    public static void WriteAllText(string path, string text) => Write(path, temp => File.WriteAllText(temp, text));

    /// <summary>Runs <paramref name="write"/> on a temporary path, then moves the result onto <paramref name="path"/>.</summary>
    public static void Write(string path, Action<string> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Fills a temporary folder with <paramref name="fill"/>, then renames it to <paramref name="directory"/>,
    /// which must not exist yet.
    /// </summary>
    public static void WriteDirectory(string directory, Action<string> fill)
    {
        var full = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temp);
        try
        {
            fill(temp);
            Directory.Move(temp, full);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }
}
