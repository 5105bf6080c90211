using System.Text.Json;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>
/// Runs tests/python/metrics_sklearn_reference.py once per test run (about 0.5 s) and serves its cases, so the
/// edge-case goldens always come from the installed scikit-learn rather than from a stale copy.
/// </summary>
public static class SklearnGoldens
{
    static readonly Lazy<JsonElement> Root = new(() =>
    {
        var (exitCode, stdout, stderr) = PythonReference.RunScript("metrics_sklearn_reference.py", "20240");
        if (exitCode != 0) throw new InvalidOperationException("metrics_sklearn_reference.py failed: " + stderr);
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.Clone();
    });

    /// <summary>scikit-learn version that produced the goldens.</summary>
    public static string Version => Root.Value.GetProperty("sklearn").GetString()!;

    /// <summary>The cases of one kind: labels, scores, multiclass, multilabel or stats.</summary>
    public static IReadOnlyList<JsonElement> Cases(string kind) =>
        Root.Value.GetProperty("cases").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == kind).ToArray();
}
