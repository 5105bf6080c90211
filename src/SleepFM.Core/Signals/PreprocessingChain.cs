using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SleepFM.Signals;

/// <summary>
/// A description of how one channel is preprocessed (SPEC §1), immutable and JSON-serialisable, saved beside every
/// dataset cache and checkpoint. <see cref="Apply(ReadOnlySpan{double}, double)"/> runs it on one channel.
/// </summary>
/// <remarks>
/// <para>Order of the steps, all zero-phase (forward-backward, SciPy defaults) and in float64:</para>
/// <list type="number">
/// <item>Band-pass (if set), Butterworth SOS at the <b>input</b> rate. It runs before resampling because its upper
/// edge (70 Hz for EEG) is above the 64-Hz Nyquist of the 128-Hz target. When the upper edge is not below the input
/// Nyquist frequency the upper edge is dropped and a high-pass at the lower edge runs instead: a sampled signal
/// already has nothing above Nyquist, so "keep everything up to 70 Hz" means "keep everything". The content between
/// the anti-alias cut-off and the target Nyquist is removed by step 3 anyway, so the EEG passband ends up
/// 0.5 Hz to about 0.45 × the target rate.</item>
/// <item>Notch (if set), <c>iirnotch</c> with <c>filtfilt</c>, at the input rate; skipped, and said so in
/// <see cref="PreprocessedSignal.Steps"/>, when the notch frequency is not below the input Nyquist frequency (e.g. a
/// 60-Hz notch on a 100-Hz recording: the mains line cannot be represented there).</item>
/// <item>Anti-alias low-pass, only when downsampling: Butterworth SOS at <see cref="LowPassCutoffHz"/>
/// (default 0.45 × target rate = 57.6 Hz for 128 Hz). The polyphase resampler has its own FIR, but linear
/// interpolation has none, and SPEC §1 asks for a zero-phase Butterworth before downsampling in both cases.</item>
/// <item>Resample to <see cref="TargetSampleRateHz"/> (skipped when the rates are equal).</item>
/// <item>Normalise (<see cref="Normalisation"/>).</item>
/// </list>
/// <para>Steps 1–3 are linear and time-invariant, so running them before or after resampling differs only at the
/// edges; running them at the input rate keeps every edge below the Nyquist frequency it is designed at.</para>
/// <para>Zero-phase filtering needs the channel to be longer than SciPy's pad length (a few dozen samples); shorter
/// channels raise <see cref="ArgumentException"/>.</para>
/// </remarks>
public sealed record PreprocessingChain
{
    static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Output rate, Hz; &gt; 0. SleepFM uses 128 Hz (1-s tokens of 128 samples).</summary>
    public double TargetSampleRateHz { get; init; } = 128;

    /// <summary>How to resample.</summary>
    public ResamplerKind Resampler { get; init; } = ResamplerKind.Polyphase;

    /// <summary>Apply the anti-alias low-pass before downsampling.</summary>
    public bool AntiAliasLowPass { get; init; } = true;

    /// <summary>Anti-alias cut-off, Hz, in (0, TargetSampleRateHz/2); null means 0.45 × <see cref="TargetSampleRateHz"/>.</summary>
    public double? LowPassCutoffHz { get; init; }

    /// <summary>Butterworth order of the band-pass and low-pass, in [1, 16]; applied twice (zero-phase), so the magnitude response is squared.</summary>
    public int FilterOrder { get; init; } = 4;

    /// <summary>Band-pass lower edge, Hz, &gt; 0; set together with <see cref="BandPassHighHz"/> or not at all.</summary>
    public double? BandPassLowHz { get; init; }

    /// <summary>Band-pass upper edge, Hz, &gt; <see cref="BandPassLowHz"/>.</summary>
    public double? BandPassHighHz { get; init; }

    /// <summary>Mains notch frequency, Hz (50 or 60), &gt; 0; null for none.</summary>
    public double? NotchFrequencyHz { get; init; }

    /// <summary>Notch quality factor Q, &gt; 0 (bandwidth = frequency / Q).</summary>
    public double NotchQuality { get; init; } = 30;

    /// <summary>Final normalisation.</summary>
    public NormalisationKind Normalisation { get; init; } = NormalisationKind.ZScore;

    /// <summary>Clip magnitude for <see cref="NormalisationKind.ClipAndScale"/>, in the signal's unit (µV for EEG); &gt; 0.</summary>
    public double ClipLimit { get; init; } = 50;

    /// <summary>Divisor for <see cref="NormalisationKind.ClipAndScale"/>, in the signal's unit; &gt; 0.</summary>
    public double ClipScale { get; init; } = 10;

    /// <summary>Pretraining (SPEC §1): anti-alias low-pass, polyphase resampling to 128 Hz, z-score per channel over the night.</summary>
    public static PreprocessingChain Pretraining { get; } = new();

    /// <summary>
    /// ECG downstream: as <see cref="Pretraining"/> (low-pass, 128 Hz, z-score). The paper names no ECG-specific filter,
    /// so none is invented here.
    /// </summary>
    public static PreprocessingChain EcgDownstream { get; } = new();

    /// <summary>
    /// EEG downstream (SPEC §1): band-pass 0.5–70 Hz, a notch at the mains frequency, low-pass, 128 Hz, then clip at
    /// ±50 µV and divide by 10 µV.
    /// </summary>
    /// <param name="lineFrequencyHz">Mains frequency of the recording site, Hz: 50 (Europe, Asia) or 60 (Americas).</param>
    public static PreprocessingChain EegDownstream(double lineFrequencyHz)
    {
        if (lineFrequencyHz is not (50 or 60))
            throw new ArgumentOutOfRangeException(nameof(lineFrequencyHz), lineFrequencyHz, "Mains frequency must be 50 or 60 Hz.");
        return new PreprocessingChain
        {
            BandPassLowHz = 0.5,
            BandPassHighHz = 70,
            NotchFrequencyHz = lineFrequencyHz,
            Normalisation = NormalisationKind.ClipAndScale,
        };
    }

    /// <summary>The anti-alias cut-off actually used, Hz.</summary>
    [JsonIgnore]
    public double EffectiveLowPassCutoffHz => LowPassCutoffHz ?? 0.45 * TargetSampleRateHz;

    /// <summary>Checks every field; returns this chain for chaining.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field outside its range; the parameter name is the property name.</exception>
    /// <exception cref="ArgumentException">Inconsistent fields (one band-pass edge without the other, edges not increasing).</exception>
    public PreprocessingChain Validate()
    {
        RequirePositive(TargetSampleRateHz, nameof(TargetSampleRateHz));
        if (!Enum.IsDefined(Resampler)) throw new ArgumentOutOfRangeException(nameof(Resampler), Resampler, "Unknown resampler.");
        if (!Enum.IsDefined(Normalisation)) throw new ArgumentOutOfRangeException(nameof(Normalisation), Normalisation, "Unknown normalisation.");
        if (FilterOrder < 1 || FilterOrder > 16)
            throw new ArgumentOutOfRangeException(nameof(FilterOrder), FilterOrder, "FilterOrder must be in [1, 16].");
        if (LowPassCutoffHz is { } cutoff && !(cutoff > 0 && cutoff < TargetSampleRateHz / 2))
            throw new ArgumentOutOfRangeException(nameof(LowPassCutoffHz), cutoff,
                Invariant($"LowPassCutoffHz must be in the open range (0, {TargetSampleRateHz / 2}) Hz, below the target Nyquist frequency."));
        if (BandPassLowHz.HasValue != BandPassHighHz.HasValue)
            throw new ArgumentException("Set both BandPassLowHz and BandPassHighHz, or neither.", BandPassLowHz.HasValue ? nameof(BandPassHighHz) : nameof(BandPassLowHz));
        if (BandPassLowHz is { } low && BandPassHighHz is { } high)
        {
            RequirePositive(low, nameof(BandPassLowHz));
            RequirePositive(high, nameof(BandPassHighHz));
            if (!(low < high))
                throw new ArgumentException(Invariant($"BandPassLowHz ({low}) must be below BandPassHighHz ({high})."), nameof(BandPassHighHz));
        }
        if (NotchFrequencyHz is { } notch) RequirePositive(notch, nameof(NotchFrequencyHz));
        RequirePositive(NotchQuality, nameof(NotchQuality));
        RequirePositive(ClipLimit, nameof(ClipLimit));
        RequirePositive(ClipScale, nameof(ClipScale));
        return this;
    }

    /// <summary>Runs the chain on one float32 channel (converted to float64 once).</summary>
    /// <param name="signal">Samples in physical units (µV for EEG).</param>
    /// <param name="sampleRateHz">Rate of <paramref name="signal"/>, Hz, &gt; 0.</param>
    public PreprocessedSignal Apply(ReadOnlySpan<float> signal, double sampleRateHz)
    {
        var work = new double[signal.Length];
        for (int i = 0; i < work.Length; i++) work[i] = signal[i];
        return ApplyOwned(work, sampleRateHz);
    }

    /// <summary>Runs the chain on one float64 channel; the input is not modified.</summary>
    /// <param name="signal">Samples in physical units (µV for EEG).</param>
    /// <param name="sampleRateHz">Rate of <paramref name="signal"/>, Hz, &gt; 0.</param>
    /// <exception cref="ArgumentException">Invalid chain, or a channel too short for zero-phase filtering.</exception>
    public PreprocessedSignal Apply(ReadOnlySpan<double> signal, double sampleRateHz) => ApplyOwned(signal.ToArray(), sampleRateHz);

    /// <summary>Serialises to indented JSON (enums as names).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a chain written by <see cref="ToJson"/> and validates it.</summary>
    /// <exception cref="JsonException">Malformed JSON.</exception>
    /// <exception cref="ArgumentException">The JSON describes an invalid chain.</exception>
    public static PreprocessingChain FromJson(string json) =>
        (JsonSerializer.Deserialize<PreprocessingChain>(json, JsonOptions) ?? throw new JsonException("The JSON is null, not a preprocessing chain.")).Validate();

    PreprocessedSignal ApplyOwned(double[] work, double sampleRateHz)
    {
        Validate();
        RequirePositive(sampleRateHz, nameof(sampleRateHz));
        var steps = new List<string>();
        double nyquistHz = sampleRateHz / 2;

        if (BandPassLowHz is { } low && BandPassHighHz is { } high)
        {
            if (low >= nyquistHz)
                throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz,
                    Invariant($"The band-pass lower edge {low} Hz needs a sampling rate above {2 * low} Hz."));
            if (high < nyquistHz)
            {
                SosFilter.FiltFilt(Butterworth.BandPass(FilterOrder, low, high, sampleRateHz), work, work);
                steps.Add(Invariant($"band-pass {low}-{high} Hz, Butterworth order {FilterOrder}, zero-phase, at {sampleRateHz} Hz"));
            }
            else
            {
                SosFilter.FiltFilt(Butterworth.HighPass(FilterOrder, low, sampleRateHz), work, work);
                steps.Add(Invariant($"high-pass {low} Hz, Butterworth order {FilterOrder}, zero-phase, at {sampleRateHz} Hz (upper edge {high} Hz is not below the {nyquistHz} Hz Nyquist frequency, so it was dropped)"));
            }
        }

        if (NotchFrequencyHz is { } notch)
        {
            if (notch < nyquistHz)
            {
                LinearFilter.FiltFilt(NotchFilter.Design(notch, NotchQuality, sampleRateHz), work, work);
                steps.Add(Invariant($"notch {notch} Hz, Q {NotchQuality}, zero-phase, at {sampleRateHz} Hz"));
            }
            else
            {
                steps.Add(Invariant($"notch {notch} Hz skipped: not below the {nyquistHz} Hz Nyquist frequency"));
            }
        }

        bool downsampling = TargetSampleRateHz < sampleRateHz;
        if (downsampling && AntiAliasLowPass)
        {
            double cutoff = EffectiveLowPassCutoffHz;
            SosFilter.FiltFilt(Butterworth.LowPass(FilterOrder, cutoff, sampleRateHz), work, work);
            steps.Add(Invariant($"low-pass {cutoff} Hz, Butterworth order {FilterOrder}, zero-phase, at {sampleRateHz} Hz"));
        }

        if (TargetSampleRateHz != sampleRateHz)
        {
            if (Resampler == ResamplerKind.Polyphase)
            {
                var ratio = ResampleRatio.FromRates(sampleRateHz, TargetSampleRateHz);
                work = new PolyphaseResampler(ratio.Up, ratio.Down).Resample(work);
                steps.Add(Invariant($"resample polyphase up {ratio.Up} down {ratio.Down}: {sampleRateHz} -> {TargetSampleRateHz} Hz"));
            }
            else
            {
                work = LinearResampler.Resample(work, sampleRateHz, TargetSampleRateHz);
                steps.Add(Invariant($"resample linear interpolation: {sampleRateHz} -> {TargetSampleRateHz} Hz"));
            }
        }

        switch (Normalisation)
        {
            case NormalisationKind.ZScore:
                var (mean, std) = Signals.Normalisation.ZScoreInPlace(work);
                steps.Add(std == 0
                    ? Invariant($"z-score: constant channel (value {mean}) set to zeros")
                    : Invariant($"z-score: mean {mean}, population std {std}"));
                break;
            case NormalisationKind.ClipAndScale:
                Signals.Normalisation.ClipAndScaleInPlace(work, ClipLimit, ClipScale);
                steps.Add(Invariant($"clip to +/-{ClipLimit}, divide by {ClipScale}"));
                break;
        }
        return new PreprocessedSignal(work, TargetSampleRateHz, steps);
    }

    static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, Invariant($"{name} must be finite and > 0; got {value}."));
    }

    static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
