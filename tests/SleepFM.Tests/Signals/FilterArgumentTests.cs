using SleepFM.Signals;

namespace SleepFM.Tests.Signals;

/// <summary>Invalid designs and signals fail with typed exceptions that name the parameter, the range and the bad value.</summary>
public sealed class FilterArgumentTests
{
    [Theory]
    [InlineData(80.0)]
    [InlineData(95.5)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Butterworth_edge_outside_zero_to_nyquist_names_parameter_range_and_value(double edgeHz)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(4, edgeHz, 160));
        Assert.Equal("edgesHz", e.ParamName);
        Assert.Equal(edgeHz, e.ActualValue);
        Assert.Contains("(0, 80) Hz", e.Message);
        Assert.Contains($"{edgeHz.ToString(System.Globalization.CultureInfo.InvariantCulture)} Hz", e.Message);
    }

    [Fact]
    public void Bandpass_upper_edge_at_nyquist_is_rejected()
    {
        // The EEG band-pass 0.5-70 Hz cannot be designed at 128 Hz (Nyquist 64 Hz).
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.BandPass(4, 0.5, 70, 128));
        Assert.Equal(70.0, e.ActualValue);
        Assert.Contains("(0, 64) Hz", e.Message);
    }

    [Fact]
    public void Band_edges_must_increase_and_match_the_band_type()
    {
        Assert.Throws<ArgumentException>(() => Butterworth.BandPass(2, 40, 10, 256));
        Assert.Throws<ArgumentException>(() => Butterworth.Design(2, FilterBand.BandStop, [10.0], 256));
        Assert.Throws<ArgumentException>(() => Butterworth.Design(2, FilterBand.LowPass, [10.0, 20.0], 256));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(65)]
    public void Order_out_of_range_is_rejected(int order)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(order, 10, 100));
        Assert.Equal("order", e.ParamName);
    }

    [Fact]
    public void Sosfiltfilt_on_a_signal_not_longer_than_padlen_throws_like_scipy()
    {
        var sos = Butterworth.LowPass(4, 30, 128);   // 2 sections: padlen = 3·(2·2+1) = 15
        Assert.Equal(15, sos.DefaultPadLength);
        var e = Assert.Throws<ArgumentException>(() => SosFilter.FiltFilt(sos, new double[15]));
        Assert.Contains("15", e.Message);
        Assert.Equal(16, SosFilter.FiltFilt(sos, new double[16]).Length);
    }

    [Fact]
    public void Filtfilt_on_a_signal_not_longer_than_padlen_throws_like_scipy()
    {
        var notch = NotchFilter.Design(50, 30, 250);   // 3 taps: padlen 9
        Assert.Equal(9, notch.DefaultPadLength);
        Assert.Throws<ArgumentException>(() => LinearFilter.FiltFilt(notch, new double[9]));
        Assert.Throws<ArgumentException>(() => LinearFilter.FiltFilt(notch, ReadOnlySpan<double>.Empty));
        Assert.Equal(10, LinearFilter.FiltFilt(notch, new double[10]).Length);
    }

    [Fact]
    public void Sos_padlen_discounts_first_order_sections_like_scipy()
    {
        // Odd order: the last real pole becomes a section with b2 = a2 = 0, so SciPy's ntaps drops by one.
        var sos = Butterworth.LowPass(3, 20, 100);
        Assert.Equal(2, sos.SectionCount);
        Assert.Equal(3 * (2 * 2 + 1 - 1), sos.DefaultPadLength);
    }

    [Fact]
    public void Notch_at_or_above_nyquist_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NotchFilter.Design(60, 30, 100));
        Assert.Equal("notchHz", e.ParamName);
        Assert.Contains("(0, 50) Hz", e.Message);
    }

    [Fact]
    public void Sections_require_unit_a0()
    {
        Assert.Throws<ArgumentException>(() => new SecondOrderSections([1, 0, 0, 2, 0, 0]));
        Assert.Throws<ArgumentException>(() => new SecondOrderSections([1, 0, 0, 1, 0]));
    }

    [Fact]
    public void Zero_phase_lowpass_keeps_a_passband_sine_and_removes_a_stopband_sine()
    {
        // Behavioural check independent of SciPy: 5 Hz passes with unit gain and no phase shift, 60 Hz is gone.
        const double fs = 256;
        var x = new double[2048];
        for (int i = 0; i < x.Length; i++) x[i] = Math.Sin(2 * Math.PI * 5 * i / fs) + Math.Sin(2 * Math.PI * 60 * i / fs);
        var y = SosFilter.FiltFilt(Butterworth.LowPass(8, 20, fs), x);
        for (int i = 300; i < 1700; i++) Assert.InRange(y[i] - Math.Sin(2 * Math.PI * 5 * i / fs), -1e-3, 1e-3);
    }

    [Fact]
    public void Polyphase_resampler_validates_factors_and_output_length()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolyphaseResampler(0, 2));
        var r = new PolyphaseResampler(256, 512);
        Assert.Equal((1, 2), (r.Up, r.Down));
        Assert.Equal(51, r.OutputLength(101));
        Assert.Throws<ArgumentException>(() => r.Resample(new double[101], new double[50]));
        var same = new PolyphaseResampler(3, 3).Resample([1.0, 2.0, 3.0]);
        Assert.Equal([1.0, 2.0, 3.0], same);
    }
}
