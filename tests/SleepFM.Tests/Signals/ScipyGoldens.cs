using System.Text.Json;
using SleepFM.Signals;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Signals;

/// <summary>
/// Runs tests/python/signal_filters_reference.py once per test run (SciPy 1.10 on seeded random inputs, floats written
/// with repr so they round-trip exactly) and hands out its cases.
/// </summary>
internal static class ScipyGoldens
{
    const string Seed = "20240611";

    static readonly Lazy<JsonElement> Root = new(() =>
    {
        var (exitCode, stdout, stderr) = PythonReference.RunScript("signal_filters_reference.py", Seed);
        if (exitCode != 0) throw new InvalidOperationException($"signal_filters_reference.py failed ({exitCode}): {stderr}");
        return JsonDocument.Parse(stdout).RootElement;
    });

    public static IEnumerable<JsonElement> Cases(string name) => Root.Value.GetProperty(name).EnumerateArray();

    public static double[] Numbers(this JsonElement e, string name) =>
        e.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double Number(this JsonElement e, string name) => e.GetProperty(name).GetDouble();

    public static FilterBand Band(this JsonElement e) => e.GetProperty("btype").GetString() switch
    {
        "lowpass" => FilterBand.LowPass,
        "highpass" => FilterBand.HighPass,
        "bandpass" => FilterBand.BandPass,
        "bandstop" => FilterBand.BandStop,
        var other => throw new InvalidOperationException($"unknown btype {other}"),
    };

    public static ZeroPoleGain Design(this JsonElement e) =>
        Butterworth.Design(e.GetProperty("order").GetInt32(), e.Band(), e.Numbers("edges"), e.Number("fs"));

    public static string Describe(this JsonElement e) =>
        $"butter({e.GetProperty("order").GetInt32()}, [{string.Join(", ", e.Numbers("edges"))}], '{e.GetProperty("btype").GetString()}', fs={e.Number("fs")})";
}
