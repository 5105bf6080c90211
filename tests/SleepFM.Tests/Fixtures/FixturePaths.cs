namespace SleepFM.Tests.Fixtures;

/// <summary>
/// Finds the shared real-data fixtures: <c>$SLEEPFM_FIXTURES</c>, else <c>../shared/fixtures</c>
/// beside the repository root. They are never copied into the repository.
/// </summary>
public static class FixturePaths
{
    static readonly Lazy<string?> RootDirectory = new(Locate);

    /// <summary>The fixtures folder, or null when neither location exists.</summary>
    public static string? Root => RootDirectory.Value;

    /// <summary>True when the fixtures were found.</summary>
    public static bool Available => Root is not null;

    /// <summary>Why fixture tests are skipped when <see cref="Available"/> is false.</summary>
    public const string MissingReason =
        "Real-data fixtures not found: set SLEEPFM_FIXTURES or place them at ../shared/fixtures beside the repository.";

    /// <summary>Full path of a fixture file, e.g. <c>Get("edf", "S001R04.edf")</c>.</summary>
    public static string Get(params string[] parts)
    {
        var root = Root ?? throw new InvalidOperationException(MissingReason);
        return Path.Combine([root, .. parts]);
    }

    static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SLEEPFM_FIXTURES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        var repoRoot = RepoPaths.Root;
        var beside = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "fixtures"));
        return Directory.Exists(beside) ? beside : null;
    }
}
