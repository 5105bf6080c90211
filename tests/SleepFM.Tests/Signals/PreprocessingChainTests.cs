using System.Text.Json;
using SleepFM.Signals;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Signals;

/// <summary>The preprocessing description: validation, JSON, documented step order and decisions, SciPy agreement.</summary>
public sealed class PreprocessingChainTests
{
    static double[] Noise(int n, double fs, int seed)
    {
        var random = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = 20 * (random.NextDouble() - 0.5) + 40 * Math.Sin(2 * Math.PI * 10 * i / fs);
        return x;
    }

    [Fact]
    public void Presets_are_valid_and_say_what_the_spec_says()
    {
        Assert.Equal(128, PreprocessingChain.Pretraining.Validate().TargetSampleRateHz);
        Assert.Equal(NormalisationKind.ZScore, PreprocessingChain.Pretraining.Normalisation);
        Assert.Null(PreprocessingChain.Pretraining.BandPassLowHz);
        var eeg = PreprocessingChain.EegDownstream(60).Validate();
        Assert.Equal((0.5, 70.0, 60.0), (eeg.BandPassLowHz!.Value, eeg.BandPassHighHz!.Value, eeg.NotchFrequencyHz!.Value));
        Assert.Equal((NormalisationKind.ClipAndScale, 50.0, 10.0), (eeg.Normalisation, eeg.ClipLimit, eeg.ClipScale));
        Assert.Equal(NormalisationKind.ZScore, PreprocessingChain.EcgDownstream.Validate().Normalisation);
        Assert.Throws<ArgumentOutOfRangeException>(() => PreprocessingChain.EegDownstream(55));
    }

    [Fact]
    public void Json_round_trip_keeps_every_field_and_writes_enum_names()
    {
        var chain = PreprocessingChain.EegDownstream(50) with { Resampler = ResamplerKind.Linear, LowPassCutoffHz = 40, FilterOrder = 6 };
        var json = chain.ToJson();
        Assert.Contains("\"Linear\"", json);
        Assert.Contains("\"ClipAndScale\"", json);
        Assert.DoesNotContain("EffectiveLowPassCutoffHz", json);
        Assert.Equal(chain, PreprocessingChain.FromJson(json));
    }

    [Fact]
    public void Invalid_fields_are_named()
    {
        Assert.Equal("TargetSampleRateHz",
            Assert.Throws<ArgumentOutOfRangeException>(() => new PreprocessingChain { TargetSampleRateHz = -1 }.Validate()).ParamName);
        Assert.Equal("BandPassHighHz",
            Assert.Throws<ArgumentException>(() => new PreprocessingChain { BandPassLowHz = 1 }.Validate()).ParamName);
        Assert.Equal("LowPassCutoffHz",
            Assert.Throws<ArgumentOutOfRangeException>(() => new PreprocessingChain { LowPassCutoffHz = 64 }.Validate()).ParamName);
        Assert.Equal("FilterOrder",
            Assert.Throws<ArgumentOutOfRangeException>(() => new PreprocessingChain { FilterOrder = 0 }.Validate()).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(
            () => PreprocessingChain.FromJson("""{"TargetSampleRateHz": 128, "NotchQuality": 0}"""));
    }

    [Fact]
    public void Eeg_chain_at_256Hz_runs_bandpass_notch_lowpass_resample_clip_in_that_order()
    {
        var result = PreprocessingChain.EegDownstream(50).Apply(Noise(2560, 256, 1), 256);
        Assert.Equal(128, result.SampleRateHz);
        Assert.Equal(1280, result.Samples.Length);
        Assert.Collection(result.Steps,
            s => Assert.StartsWith("band-pass 0.5-70 Hz", s),
            s => Assert.StartsWith("notch 50 Hz", s),
            s => Assert.StartsWith("low-pass 57.6 Hz", s),
            s => Assert.StartsWith("resample polyphase up 1 down 2", s),
            s => Assert.StartsWith("clip to +/-50", s));
        Assert.All(result.Samples, v => Assert.InRange(v, -5.0, 5.0));
    }

    [Fact]
    public void Eeg_chain_at_128Hz_drops_the_70Hz_edge_and_does_not_resample()
    {
        var result = PreprocessingChain.EegDownstream(60).Apply(Noise(1280, 128, 2), 128);
        Assert.Equal(1280, result.Samples.Length);
        Assert.Collection(result.Steps,
            s => Assert.Contains("high-pass 0.5 Hz", s),
            s => Assert.StartsWith("notch 60 Hz", s),
            s => Assert.StartsWith("clip", s));
        Assert.Contains("dropped", result.Steps[0]);
    }

    [Fact]
    public void Notch_above_input_nyquist_is_skipped_and_reported()
    {
        var result = PreprocessingChain.EegDownstream(60).Apply(Noise(1000, 100, 3), 100);
        Assert.Contains(result.Steps, s => s.StartsWith("notch 60 Hz skipped", StringComparison.Ordinal));
        Assert.Equal(1280, result.Samples.Length);   // 100 -> 128 Hz is 32/25
    }

    [Fact]
    public void Pretraining_chain_zscores_and_float_input_matches_double_input()
    {
        var x = Noise(5000, 200, 4);
        var fromDouble = PreprocessingChain.Pretraining.Apply(x, 200);
        var fromFloat = PreprocessingChain.Pretraining.Apply(x.Select(v => (float)v).ToArray(), 200);
        Assert.Equal(3200, fromDouble.Samples.Length);
        Assert.Equal(0.0, fromDouble.Samples.Average(), 10);
        Assert.Equal(1.0, Math.Sqrt(fromDouble.Samples.Select(v => v * v).Average()), 10);
        SignalAssert.Close(fromDouble.Samples, fromFloat.Samples, 0, 1e-5, "float vs double input");
    }

    [Fact]
    public void Linear_resampler_chain_has_the_interp_length_convention()
    {
        var chain = PreprocessingChain.Pretraining with { Resampler = ResamplerKind.Linear };
        var result = chain.Apply(Noise(1001, 200, 5), 200);
        Assert.Equal(640, result.Samples.Length);   // int(1001·128/200) = int(640.64)
        Assert.Contains(result.Steps, s => s.StartsWith("resample linear", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_short_channel_fails_with_argument_exception()
    {
        Assert.Throws<ArgumentException>(() => PreprocessingChain.Pretraining.Apply(new double[10], 256));
    }

    [PythonFact("scipy")]
    public void Chains_match_the_same_steps_composed_in_scipy()
    {
        foreach (var c in ScipyGoldens.Cases("chains"))
        {
            var name = c.GetProperty("name").GetString();
            var chain = name == "pretraining" ? PreprocessingChain.Pretraining : PreprocessingChain.EegDownstream(50);
            var result = chain.Apply(c.Numbers("x"), c.Number("fs"));
            SignalAssert.Close(c.Numbers("y"), result.Samples, 1e-6, 1e-9, "chain " + name);
        }
    }
}
