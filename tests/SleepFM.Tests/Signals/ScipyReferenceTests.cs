using SleepFM.Signals;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Signals;

/// <summary>
/// 1e-6-relative agreement with SciPy 1.10 on seeded random inputs (see tests/python/signal_filters_reference.py).
/// Tolerance per element: 1e-6·|expected| plus a floor of 1e-9·max|expected| for values that are zero in exact
/// arithmetic.
/// </summary>
public sealed class ScipyReferenceTests
{
    const double Relative = 1e-6;
    const double Floor = 1e-9;

    [PythonFact("scipy")]
    public void Butterworth_ba_and_sos_match_for_orders_1_to_8_all_bands_and_rates()
    {
        int count = 0;
        foreach (var c in ScipyGoldens.Cases("butter"))
        {
            var zpk = c.Design();
            var tf = zpk.ToTransferFunction();
            SignalAssert.Close(c.Numbers("b"), tf.B, Relative, Floor, c.Describe() + " b");
            SignalAssert.Close(c.Numbers("a"), tf.A, Relative, Floor, c.Describe() + " a");
            SignalAssert.Close(c.Numbers("sos"), zpk.ToSecondOrderSections().Coefficients, Relative, Floor, c.Describe() + " sos");
            count++;
        }
        Assert.Equal(4 * 8 * 4, count);
    }

    [PythonFact("scipy")]
    public void Sosfilt_zi_sosfilt_and_sosfiltfilt_match()
    {
        foreach (var c in ScipyGoldens.Cases("sosfiltfilt"))
        {
            var sos = c.Design().ToSecondOrderSections();
            var x = c.Numbers("x");
            SignalAssert.Close(c.Numbers("zi"), SosFilter.InitialConditions(sos), Relative, Floor, c.Describe() + " sosfilt_zi");
            SignalAssert.Close(c.Numbers("sosfilt"), SosFilter.Filter(sos, x), Relative, Floor, c.Describe() + " sosfilt");
            SignalAssert.Close(c.Numbers("y"), SosFilter.FiltFilt(sos, x), Relative, Floor, c.Describe() + " sosfiltfilt");
        }
    }

    [PythonFact("scipy")]
    public void Lfilter_zi_lfilter_and_filtfilt_match()
    {
        foreach (var c in ScipyGoldens.Cases("filtfilt"))
        {
            var tf = c.Design().ToTransferFunction();
            var x = c.Numbers("x");
            SignalAssert.Close(c.Numbers("zi"), LinearFilter.InitialConditions(tf), Relative, Floor, c.Describe() + " lfilter_zi");
            SignalAssert.Close(c.Numbers("lfilter"), LinearFilter.Filter(tf, x), Relative, Floor, c.Describe() + " lfilter");
            SignalAssert.Close(c.Numbers("y"), LinearFilter.FiltFilt(tf, x), Relative, Floor, c.Describe() + " filtfilt");
        }
    }

    [PythonFact("scipy")]
    public void Iirnotch_coefficients_and_zero_phase_output_match()
    {
        foreach (var c in ScipyGoldens.Cases("iirnotch"))
        {
            var what = $"iirnotch({c.Number("f0")}, {c.Number("q")}, fs={c.Number("fs")})";
            var tf = NotchFilter.Design(c.Number("f0"), c.Number("q"), c.Number("fs"));
            SignalAssert.Close(c.Numbers("b"), tf.B, Relative, Floor, what + " b");
            SignalAssert.Close(c.Numbers("a"), tf.A, Relative, Floor, what + " a");
            SignalAssert.Close(c.Numbers("y"), LinearFilter.FiltFilt(tf, c.Numbers("x")), Relative, Floor, what + " filtfilt");
        }
    }

    [PythonFact("scipy")]
    public void Resample_poly_matches_for_every_listed_ratio()
    {
        foreach (var c in ScipyGoldens.Cases("resample_poly"))
        {
            int up = c.GetProperty("up").GetInt32(), down = c.GetProperty("down").GetInt32();
            var x = c.Numbers("x");
            var y = PolyphaseResampler.Resample(x, up, down);
            SignalAssert.Close(c.Numbers("y"), y, Relative, Floor, $"resample_poly(n={x.Length}, {up}, {down})");
        }
    }

    [PythonFact("scipy")]
    public void Linear_interpolation_matches_numpy_interp()
    {
        foreach (var c in ScipyGoldens.Cases("interp"))
        {
            var y = LinearResampler.Resample(c.Numbers("x"), c.Number("src"), c.Number("dst"));
            SignalAssert.Close(c.Numbers("y"), y, 1e-12, 1e-15, $"interp {c.Number("src")} -> {c.Number("dst")} Hz");
        }
    }
}
