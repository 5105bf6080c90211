using System.Text.Json;
using System.Text.Json.Serialization;

namespace SleepFM.Models;

/// <summary>
/// Sizes and switches of the <see cref="ChannelAgnosticEncoder"/> (SPEC §2). Immutable; the defaults are
/// the paper's. Saved as JSON beside every checkpoint (<see cref="ToJson"/>, <see cref="FromJson"/>).
/// </summary>
public sealed record EncoderConfig
{
    static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    int[] _tokenizerChannels = [4, 8, 16, 32, 64, 128];

    /// <summary>Width d of every token embedding, in [2, 4096] and even (the sinusoidal time code pairs sin/cos). Paper: 128.</summary>
    public int EmbeddingDim { get; init; } = 128;

    /// <summary>Samples per token (one patch of one channel), in [8, 65536]. Paper: 128 (1 s at 128 Hz).</summary>
    public int TokenSamples { get; init; } = 128;

    /// <summary>
    /// Output channels of the tokenizer's conv blocks, in order; the input has 1 channel, so the paper's
    /// 1→4→8→16→32→64→128 is <c>[4, 8, 16, 32, 64, 128]</c>. 1–16 blocks, each width in [1, 4096].
    /// </summary>
    public IReadOnlyList<int> TokenizerChannels
    {
        get => Array.AsReadOnly(_tokenizerChannels);
        init => _tokenizerChannels = [.. value ?? throw new ArgumentNullException(nameof(TokenizerChannels))];
    }

    /// <summary>Conv kernel size of every tokenizer block, odd, in [1, 63] (stride 2, padding kernel/2). Paper: 5.</summary>
    public int TokenizerKernelSize { get; init; } = 5;

    /// <summary>How the LayerNorm of each tokenizer block applies; see <see cref="Models.TokenizerNormalization"/>.</summary>
    public TokenizerNormalization TokenizerNormalization { get; init; } = TokenizerNormalization.Channels;

    /// <summary>Attention heads of the spatial (across-channel) layer; divides <see cref="EmbeddingDim"/>. Paper: 8 (ECG: 4).</summary>
    public int SpatialHeads { get; init; } = 8;

    /// <summary>Feed-forward width of the spatial layer, in [1, 65536]. The release used PyTorch's default, 2048.</summary>
    public int SpatialFeedForwardDim { get; init; } = 2048;

    /// <summary>
    /// True for a pre-norm spatial layer. False (default) is <c>nn.TransformerEncoderLayer</c>'s post-norm,
    /// which the release used for its pooling layers.
    /// </summary>
    public bool SpatialNormFirst { get; init; }

    /// <summary>
    /// Reproduce the release's bug of averaging padded channels into the spatial mean. Default false:
    /// the mean runs over real channels only, so padding never changes the output.
    /// </summary>
    public bool AuthorsSpatialMean { get; init; }

    /// <summary>Pre-norm transformer layers over time, in [0, 64]. Paper: 3.</summary>
    public int TemporalLayers { get; init; } = 3;

    /// <summary>Attention heads of every temporal layer; divides <see cref="EmbeddingDim"/>. Paper: 8 (ECG: 4).</summary>
    public int TemporalHeads { get; init; } = 8;

    /// <summary>Feed-forward width of the temporal layers, in [1, 65536]. The authors left PyTorch's default, 2048.</summary>
    public int TemporalFeedForwardDim { get; init; } = 2048;

    /// <summary>Dropout probability of every transformer layer (attention, feed-forward, residuals), in [0, 1). Paper: 0.3.</summary>
    public double Dropout { get; init; } = 0.3;

    /// <summary>
    /// Add the 3-D channel positional encoding (the paper's "PE"). Its MLP is new at fine-tuning, so
    /// pretraining runs without it and pretrained weights load into an encoder that has it.
    /// </summary>
    public bool UseChannelPositions { get; init; }

    /// <summary>Which Fourier frequency triples the channel PE uses (only read when <see cref="UseChannelPositions"/>).</summary>
    public ChannelPositionalEncoding.Mode ChannelPositionMode { get; init; } = ChannelPositionalEncoding.Mode.AllAxes;

    /// <summary>The paper's encoder: d=128, tokenizer 1→4→8→16→32→64→128, 8 heads, 3 temporal layers, ff 2048, dropout 0.3.</summary>
    public static EncoderConfig Paper { get; } = new();

    /// <summary>The paper's ECG encoder: as <see cref="Paper"/> with 4 heads (SPEC §4).</summary>
    public static EncoderConfig PaperEcg { get; } = new() { SpatialHeads = 4, TemporalHeads = 4 };

    /// <summary>
    /// CPU preset for the quick job (pretraining and fine-tuning must fit a 15-minute run on 2 cores): d=64, the
    /// paper's six tokenizer blocks with the last one 64 wide (1→4→8→16→32→64→64), 4 heads, 1 temporal layer,
    /// feed-forward width 128 in both attention stages, dropout 0.1. About 1.5× the clips per second of the
    /// former d=128 preset with feed-forward 256. Its tokenizer LayerNorms normalise each block's whole
    /// [channels, time] map, as the authors' release does: per-time-position normalisation hides the amplitude
    /// envelope inside a token, and with it the encoder learned no stage information in the quick budget
    /// (src/SleepFM.Core/Training/Pretraining/README.md).
    /// </summary>
    public static EncoderConfig Small { get; } = new()
    {
        EmbeddingDim = 64,
        TokenizerChannels = [4, 8, 16, 32, 64, 64],
        TokenizerNormalization = TokenizerNormalization.ChannelsAndTime,
        SpatialHeads = 4,
        SpatialFeedForwardDim = 128,
        TemporalLayers = 1,
        TemporalHeads = 4,
        TemporalFeedForwardDim = 128,
        Dropout = 0.1,
    };

    /// <summary>Test preset: d=32, tokenizer 1→4→8→16→16, 4 heads, 1 temporal layer, ff 64, no dropout.</summary>
    public static EncoderConfig Tiny { get; } = new()
    {
        EmbeddingDim = 32,
        TokenizerChannels = [4, 8, 16, 16],
        SpatialHeads = 4,
        SpatialFeedForwardDim = 64,
        TemporalLayers = 1,
        TemporalHeads = 4,
        TemporalFeedForwardDim = 64,
        Dropout = 0.0,
    };

    /// <summary>Names accepted by <see cref="FromPreset"/>.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["paper", "paper-ecg", "small", "tiny"];

    /// <summary>A named preset: <c>paper</c>, <c>paper-ecg</c>, <c>small</c> or <c>tiny</c> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static EncoderConfig FromPreset(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "paper" => Paper,
        "paper-ecg" or "paperecg" or "ecg" => PaperEcg,
        "small" => Small,
        "tiny" => Tiny,
        _ => throw new ArgumentException(
            $"Encoder preset must be one of {string.Join(", ", PresetNames)}; got '{name}'.", nameof(name)),
    };

    /// <summary>Tokens per clip for a signal of <paramref name="samples"/> samples per channel.</summary>
    /// <exception cref="ArgumentException">The length is not a positive multiple of <see cref="TokenSamples"/>.</exception>
    public int TokensFor(long samples)
    {
        if (samples <= 0 || samples % TokenSamples != 0)
            throw new ArgumentException(
                $"Signal length must be a positive multiple of TokenSamples ({TokenSamples}); got {samples} samples.", nameof(samples));
        return checked((int)(samples / TokenSamples));
    }

    /// <summary>Length of the feature map after each tokenizer block (stride 2 halves it, rounding up).</summary>
    public IReadOnlyList<int> TokenizerLengths()
    {
        var lengths = new int[_tokenizerChannels.Length];
        int length = TokenSamples;
        for (int i = 0; i < lengths.Length; i++)
        {
            int pad = TokenizerKernelSize / 2;
            length = (length + 2 * pad - TokenizerKernelSize) / 2 + 1;
            lengths[i] = length;
        }
        return lengths;
    }

    /// <summary>Checks every field; returns this config so calls chain.</summary>
    /// <exception cref="ArgumentException">Names the field, the allowed range and the bad value.</exception>
    public EncoderConfig Validate()
    {
        Range(nameof(EmbeddingDim), EmbeddingDim, 2, 4096);
        if (EmbeddingDim % 2 != 0)
            Fail(nameof(EmbeddingDim), $"must be even (the sinusoidal time code pairs sin and cos); got {EmbeddingDim}.");
        Range(nameof(TokenSamples), TokenSamples, 8, 65536);
        if (_tokenizerChannels.Length is < 1 or > 16)
            Fail(nameof(TokenizerChannels), $"must list 1 to 16 conv blocks; got {_tokenizerChannels.Length}.");
        for (int i = 0; i < _tokenizerChannels.Length; i++)
            if (_tokenizerChannels[i] is < 1 or > 4096)
                Fail(nameof(TokenizerChannels), $"widths must be in [1, 4096]; got {_tokenizerChannels[i]} at block {i}.");
        Range(nameof(TokenizerKernelSize), TokenizerKernelSize, 1, 63);
        if (TokenizerKernelSize % 2 == 0)
            Fail(nameof(TokenizerKernelSize), $"must be odd (padding kernel/2 keeps stride-2 lengths at ceil(L/2)); got {TokenizerKernelSize}.");
        Defined(nameof(TokenizerNormalization), TokenizerNormalization);
        Heads(nameof(SpatialHeads), SpatialHeads);
        Range(nameof(SpatialFeedForwardDim), SpatialFeedForwardDim, 1, 65536);
        Range(nameof(TemporalLayers), TemporalLayers, 0, 64);
        Heads(nameof(TemporalHeads), TemporalHeads);
        Range(nameof(TemporalFeedForwardDim), TemporalFeedForwardDim, 1, 65536);
        if (!(Dropout >= 0 && Dropout < 1))
            Fail(nameof(Dropout), $"must be in [0, 1); got {Dropout}.");
        Defined(nameof(ChannelPositionMode), ChannelPositionMode);
        return this;
    }

    void Heads(string field, int heads)
    {
        if (heads < 1 || heads > EmbeddingDim || EmbeddingDim % heads != 0)
            Fail(field, $"must be in [1, {EmbeddingDim}] and divide EmbeddingDim ({EmbeddingDim}); got {heads}.");
    }

    static void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max) Fail(field, $"must be in [{min}, {max}]; got {value}.");
    }

    static void Defined<T>(string field, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            Fail(field, $"must be one of {string.Join(", ", Enum.GetNames<T>())}; got {value}.");
    }

    static void Fail(string field, string problem) =>
        throw new ArgumentException($"EncoderConfig.{field} {problem}", field);

    /// <summary>Indented JSON with enum names as strings.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Parses JSON written by <see cref="ToJson"/> (missing fields take the paper's defaults) and validates it.</summary>
    /// <exception cref="ArgumentException">Malformed JSON or an invalid field.</exception>
    public static EncoderConfig FromJson(string json)
    {
        EncoderConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<EncoderConfig>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Encoder config JSON is malformed at {e.Path ?? "?"} (line {e.LineNumber}): {e.Message}", nameof(json), e);
        }
        return (config ?? throw new ArgumentException("Encoder config JSON is 'null'.", nameof(json))).Validate();
    }

    /// <inheritdoc />
    public bool Equals(EncoderConfig? other) =>
        other is not null &&
        EmbeddingDim == other.EmbeddingDim &&
        TokenSamples == other.TokenSamples &&
        _tokenizerChannels.AsSpan().SequenceEqual(other._tokenizerChannels) &&
        TokenizerKernelSize == other.TokenizerKernelSize &&
        TokenizerNormalization == other.TokenizerNormalization &&
        SpatialHeads == other.SpatialHeads &&
        SpatialFeedForwardDim == other.SpatialFeedForwardDim &&
        SpatialNormFirst == other.SpatialNormFirst &&
        AuthorsSpatialMean == other.AuthorsSpatialMean &&
        TemporalLayers == other.TemporalLayers &&
        TemporalHeads == other.TemporalHeads &&
        TemporalFeedForwardDim == other.TemporalFeedForwardDim &&
        Dropout.Equals(other.Dropout) &&
        UseChannelPositions == other.UseChannelPositions &&
        ChannelPositionMode == other.ChannelPositionMode;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(EmbeddingDim);
        hash.Add(TokenSamples);
        foreach (var c in _tokenizerChannels) hash.Add(c);
        hash.Add(TokenizerKernelSize);
        hash.Add(TokenizerNormalization);
        hash.Add(SpatialHeads);
        hash.Add(SpatialFeedForwardDim);
        hash.Add(SpatialNormFirst);
        hash.Add(AuthorsSpatialMean);
        hash.Add(TemporalLayers);
        hash.Add(TemporalHeads);
        hash.Add(TemporalFeedForwardDim);
        hash.Add(Dropout);
        hash.Add(UseChannelPositions);
        hash.Add(ChannelPositionMode);
        return hash.ToHashCode();
    }
}
