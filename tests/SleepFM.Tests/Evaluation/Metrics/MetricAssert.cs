using System.Text.Json;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Golden-value helpers for the metric tests: JSON numbers, "NaN" strings and {"error": ...} objects.</summary>
public static class MetricAssert
{
    /// <summary>Absolute tolerance against scikit-learn goldens (values are in [−1, 1]).</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Asserts |expected − actual| ≤ 1e-9, or both NaN.</summary>
    public static void Close(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
            return;
        }
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what}: expected {expected:R}, got {actual:R}");
    }

    /// <summary>Element-wise <see cref="Close(double, double, string)"/> with equal lengths.</summary>
    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (int i = 0; i < expected.Count; i++) Close(expected[i], actual[i], $"{what}[{i}]");
    }

    /// <summary>True when the golden is sklearn's ValueError, written as {"error": "..."}.</summary>
    public static bool IsError(JsonElement golden) => golden.ValueKind == JsonValueKind.Object && golden.TryGetProperty("error", out _);

    /// <summary>A golden number; "NaN" strings become NaN.</summary>
    public static double Number(JsonElement golden) =>
        golden.ValueKind == JsonValueKind.String && golden.GetString() == "NaN" ? double.NaN : golden.GetDouble();

    /// <summary>Compares a golden that is a number, "NaN", or an error (then <paramref name="compute"/> must throw UndefinedMetricException).</summary>
    public static void Matches(JsonElement golden, Func<double> compute, string what)
    {
        if (IsError(golden))
        {
            var e = Assert.Throws<SleepFM.Evaluation.Metrics.UndefinedMetricException>(() => compute());
            Assert.False(string.IsNullOrWhiteSpace(e.Reason), what);
            return;
        }
        Close(Number(golden), compute(), what);
    }

    /// <summary>A JSON array of numbers.</summary>
    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(Number).ToArray();

    /// <summary>A JSON array of integers.</summary>
    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    /// <summary>A flat or nested JSON array as a [rows, columns] matrix.</summary>
    public static double[,] Matrix(JsonElement array, int columns)
    {
        var flat = Flatten(array).Select(Number).ToArray();
        return Reshape(flat, columns);
    }

    /// <summary>A flat or nested JSON array of ints as a [rows, columns] matrix.</summary>
    public static int[,] IntMatrix(JsonElement array, int columns)
    {
        var flat = Flatten(array).Select(e => e.GetInt32()).ToArray();
        return Reshape(flat, columns);
    }

    static IEnumerable<JsonElement> Flatten(JsonElement array)
    {
        foreach (var e in array.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Array) yield return e;
            else foreach (var inner in e.EnumerateArray()) yield return inner;
        }
    }

    static T[,] Reshape<T>(T[] flat, int columns)
    {
        Assert.Equal(0, flat.Length % columns);
        var m = new T[flat.Length / columns, columns];
        for (int i = 0; i < flat.Length; i++) m[i / columns, i % columns] = flat[i];
        return m;
    }
}
