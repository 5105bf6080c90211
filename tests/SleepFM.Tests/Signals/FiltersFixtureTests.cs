using System.Text.Json;
using SleepFM.Signals;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Signals;

/// <summary>
/// SciPy 1.10 goldens in fixtures/reference/filters_S001R04_C3.json (10 s of real C3 EEG at 160 Hz). Coefficients are
/// printed with 12 decimals and outputs with 4, so these compare within the printed precision; the 1e-6 relative check
/// is in ScipyReferenceTests.
/// </summary>
public sealed class FiltersFixtureTests
{
    const double OutputPrinted = 0.5e-4 * 1.0001;     // half a unit in the 4th decimal
    const double CoefficientPrinted = 0.5e-12 * 1.01;  // half a unit in the 12th decimal

    static readonly Lazy<JsonElement> Golden = new(() =>
        JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("reference", "filters_S001R04_C3.json"))).RootElement);

    static double[] Numbers(params string[] path)
    {
        var e = Golden.Value;
        foreach (var p in path) e = e.GetProperty(p);
        return e.EnumerateArray().Select(v => v.GetDouble()).ToArray();
    }

    static double[] Input => Numbers("input_microvolts");

    [FixtureFact]
    public void Butterworth_bandpass_ba_coefficients_match_scipy()
    {
        var tf = Butterworth.Design(4, FilterBand.BandPass, [0.5, 40], 160).ToTransferFunction();
        SignalAssert.Within(Numbers("butter4_bandpass_0.5_40Hz_filtfilt", "b"), tf.B, CoefficientPrinted, "b");
        SignalAssert.Within(Numbers("butter4_bandpass_0.5_40Hz_filtfilt", "a"), tf.A, CoefficientPrinted, "a");
    }

    [FixtureFact]
    public void Filtfilt_of_ba_bandpass_matches_scipy_output()
    {
        var tf = Butterworth.Design(4, FilterBand.BandPass, [0.5, 40], 160).ToTransferFunction();
        var y = LinearFilter.FiltFilt(tf, Input);
        SignalAssert.Within(Numbers("butter4_bandpass_0.5_40Hz_filtfilt", "output"), y, OutputPrinted, "filtfilt");
    }

    [FixtureFact]
    public void Sosfiltfilt_of_the_same_bandpass_agrees_with_the_ba_golden()
    {
        // Same filter in SOS form: mathematically identical, so it must land on the ba golden too.
        var y = SosFilter.FiltFilt(Butterworth.BandPass(4, 0.5, 40, 160), Input);
        SignalAssert.Within(Numbers("butter4_bandpass_0.5_40Hz_filtfilt", "output"), y, 2e-4, "sosfiltfilt");
    }

    [FixtureFact]
    public void Notch_50Hz_coefficients_and_output_match_scipy()
    {
        var tf = NotchFilter.Design(50, 30, 160);
        SignalAssert.Within(Numbers("iirnotch_50Hz_Q30_filtfilt", "b"), tf.B, CoefficientPrinted, "b");
        SignalAssert.Within(Numbers("iirnotch_50Hz_Q30_filtfilt", "a"), tf.A, CoefficientPrinted, "a");
        SignalAssert.Within(Numbers("iirnotch_50Hz_Q30_filtfilt", "output"), LinearFilter.FiltFilt(tf, Input), OutputPrinted, "notch");
    }

    [FixtureFact]
    public void Resample_poly_4_over_5_matches_scipy()
    {
        var y = PolyphaseResampler.Resample(Input, 4, 5);
        SignalAssert.Within(Numbers("resample_poly_up4_down5", "output"), y, OutputPrinted, "resample_poly");
    }

    [FixtureFact]
    public void Resample_poly_via_rate_helper_matches_scipy()
    {
        var ratio = ResampleRatio.FromRates(160, 128);
        Assert.Equal(new ResampleRatio(4, 5), ratio);
        var y = new PolyphaseResampler(ratio.Up, ratio.Down).Resample(Input);
        SignalAssert.Within(Numbers("resample_poly_up4_down5", "output"), y, OutputPrinted, "resample_poly");
    }

    [FixtureFact]
    public void Linear_interpolation_to_128Hz_matches_numpy_interp()
    {
        var y = LinearResampler.Resample(Input, 160, 128);
        SignalAssert.Within(Numbers("linear_interp_to_128Hz", "output"), y, OutputPrinted, "interp");
    }
}
