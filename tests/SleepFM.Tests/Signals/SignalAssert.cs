namespace SleepFM.Tests.Signals;

/// <summary>Array comparisons with explicit tolerances that report the first offending index.</summary>
internal static class SignalAssert
{
    /// <summary>
    /// |actual − expected| ≤ relative·|expected| + floor·max|expected| elementwise. The floor (relative to the largest
    /// magnitude) keeps values that are zero in exact arithmetic, e.g. a band-pass b[1], from failing on rounding noise.
    /// </summary>
    public static void Close(IReadOnlyList<double> expected, ReadOnlySpan<double> actual, double relative, double floor, string what)
    {
        Assert.True(expected.Count == actual.Length, $"{what}: length {actual.Length}, expected {expected.Count}");
        double scale = 0;
        foreach (var e in expected) scale = Math.Max(scale, Math.Abs(e));
        for (int i = 0; i < actual.Length; i++)
        {
            double tolerance = relative * Math.Abs(expected[i]) + floor * scale;
            if (!(Math.Abs(actual[i] - expected[i]) <= tolerance))
                Assert.Fail($"{what}: element {i} is {actual[i]:R}, expected {expected[i]:R} (|diff| {Math.Abs(actual[i] - expected[i]):E2} > tolerance {tolerance:E2})");
        }
    }

    /// <summary>|actual − expected| ≤ absolute elementwise (for goldens printed to a fixed number of decimals).</summary>
    public static void Within(IReadOnlyList<double> expected, ReadOnlySpan<double> actual, double absolute, string what)
    {
        Assert.True(expected.Count == actual.Length, $"{what}: length {actual.Length}, expected {expected.Count}");
        for (int i = 0; i < actual.Length; i++)
            if (!(Math.Abs(actual[i] - expected[i]) <= absolute))
                Assert.Fail($"{what}: element {i} is {actual[i]:R}, expected {expected[i]:R} (|diff| {Math.Abs(actual[i] - expected[i]):E2} > {absolute:E2})");
    }
}
