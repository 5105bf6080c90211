namespace SleepFM.Pipeline;

/// <summary>
/// Write-then-rename for shards, whose temporary names carry an owner tag (<c>name.tmp-TAG-random</c>) so a
/// partition of a Slurm array job cleans up only its own leftovers. Other files use <see cref="IO.AtomicFile"/>.
/// </summary>
public static class StagedFile
{
    /// <summary>Marker that every temporary name contains.</summary>
    public const string TempMarker = ".tmp-";

    /// <summary>A fresh temporary path beside <paramref name="finalPath"/>.</summary>
    /// <param name="finalPath">The path the file will be renamed to.</param>
    /// <param name="tag">Owner tag (e.g. <c>p0of1</c>); letters, digits and dashes.</param>
    public static string TempPath(string finalPath, string tag = "w") =>
        finalPath + TempMarker + tag + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Moves a finished temporary file into place, replacing any older file (rename is atomic on one file system).</summary>
    public static void Commit(string tempPath, string finalPath) => File.Move(tempPath, finalPath, overwrite: true);

    /// <summary>Deletes a file, ignoring a file that is already gone or locked.</summary>
    public static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
