using System.Text.Json;
using SleepFM.Synthetic.Analysis;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Interactive;

/// <summary>
/// The Welch PSD behind the stage spectra agrees with <c>scipy.signal.welch</c> (Hann, 50% overlap, constant
/// detrend, density scaling) to 1e-9 relative, on seeded float32 signals (tests/python/welch_scipy_reference.py).
/// </summary>
public sealed class WelchScipyTests
{
    [PythonFact("scipy")]
    public void Welch_matches_scipy_signal_welch()
    {
        var (exitCode, stdout, stderr) = PythonReference.RunScript("welch_scipy_reference.py", "20261125");
        Assert.True(exitCode == 0, stderr);
        var cases = JsonDocument.Parse(stdout).RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(4, cases.Count);
        foreach (var c in cases)
        {
            var x = c.GetProperty("x").EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();
            var expectedF = c.GetProperty("f").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var expectedP = c.GetProperty("psd").EnumerateArray().Select(v => v.GetDouble()).ToArray();

            var psd = Welch.Compute(x, c.GetProperty("fs").GetDouble(), c.GetProperty("nperseg").GetInt32());

            Assert.Equal(expectedF.Length, psd.FrequenciesHz.Length);
            double floor = 1e-12 * expectedP.Max();
            for (int k = 0; k < expectedF.Length; k++)
            {
                Assert.Equal(expectedF[k], psd.FrequenciesHz[k], 9);
                Assert.True(Math.Abs(expectedP[k] - psd.Density[k]) <= 1e-9 * Math.Abs(expectedP[k]) + floor,
                    $"fs={c.GetProperty("fs")} nperseg={c.GetProperty("nperseg")} bin {k}: scipy {expectedP[k]}, ours {psd.Density[k]}");
            }
        }
    }
}
