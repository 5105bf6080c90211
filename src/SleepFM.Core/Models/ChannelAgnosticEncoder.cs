using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// The channel-agnostic "set transformer" encoder of SPEC §2: a tokenizer shared by every channel, an
/// optional 3-D channel positional encoding, attention pooling across channels, and a pre-norm transformer
/// over time. Input <c>[B, C, T]</c> with a channel mask <c>[B, C]</c>, so C may vary between recordings
/// and padded channels never change the output (unless <see cref="EncoderConfig.AuthorsSpatialMean"/>).
/// </summary>
/// <remarks>
/// State-dict names, shared with tests/python/encoder_reference.py: <c>tokenizer.*</c>,
/// <c>channel_pe.*</c> (only with <see cref="EncoderConfig.UseChannelPositions"/>), <c>spatial_pooling.layer.*</c>,
/// <c>layer_norm.*</c>, <c>transformer_encoder.layers.{i}.*</c>, <c>temporal_pooling.score.*</c>.
/// Padded channels are never tokenised: only real channels go through the tokenizer, so their
/// BatchNorm statistics in training mode do not depend on padding either.
/// </remarks>
public sealed class ChannelAgnosticEncoder : nn.Module
{
    /// <summary>State-dict prefix of the channel-PE MLP, the only part allowed to be absent from pretrained weights.</summary>
    public const string PositionalEncodingPrefix = "channel_pe.";

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly PatchTokenizer tokenizer;
    readonly ChannelPositionalEncoding? channel_pe;
    readonly SpatialAttentionPooling spatial_pooling;
    readonly LayerNorm layer_norm;
    readonly TransformerEncoder transformer_encoder;
    readonly TemporalAttentionPooling temporal_pooling;
#pragma warning restore IDE1006

    /// <summary>The validated configuration the encoder was built from.</summary>
    public EncoderConfig Config { get; }

    /// <summary>
    /// Builds a freshly initialised encoder (PyTorch's default initialisations). Seed first with
    /// <c>TorchRuntime.Seed</c> for reproducible weights.
    /// </summary>
    /// <exception cref="ArgumentException">The config is invalid.</exception>
    public ChannelAgnosticEncoder(EncoderConfig config) : base(nameof(ChannelAgnosticEncoder))
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config.Validate();
        tokenizer = new PatchTokenizer(config);
        if (config.UseChannelPositions)
            channel_pe = new ChannelPositionalEncoding(config.EmbeddingDim, config.ChannelPositionMode);
        spatial_pooling = new SpatialAttentionPooling(config);
        layer_norm = nn.LayerNorm(config.EmbeddingDim, eps: 1e-5);
        transformer_encoder = new TransformerEncoder(config.TemporalLayers, config.EmbeddingDim, config.TemporalHeads,
            config.TemporalFeedForwardDim, config.Dropout, normFirst: true);
        temporal_pooling = new TemporalAttentionPooling(config.EmbeddingDim);
        RegisterComponents();
    }

    /// <summary>Number of trainable scalars.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Encodes a batch of clips of one modality.</summary>
    /// <param name="signal"><c>[B, C, T]</c> floating point (the module's dtype), T a multiple of <see cref="EncoderConfig.TokenSamples"/>. Padded channels may hold anything, even NaN.</param>
    /// <param name="channelMask"><c>[B, C]</c> bool, true for real channels; null means all real.</param>
    /// <param name="positions">
    /// <c>[B, C, 3]</c> electrode positions (x right, y front, z up, unit head sphere), NaN where unknown
    /// (that channel then gets no code). Ignored unless <see cref="EncoderConfig.UseChannelPositions"/>.
    /// </param>
    /// <returns>Token embeddings <c>[B, S, d]</c> and clip embeddings <c>[B, d]</c>, S = T / token samples.</returns>
    /// <exception cref="ArgumentException">A shape or dtype does not fit.</exception>
    public EncoderOutput forward(Tensor signal, Tensor? channelMask = null, Tensor? positions = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        CheckInputs(signal, channelMask, positions);
        using var scope = NewDisposeScope();
        long b = signal.shape[0], c = signal.shape[1], t = signal.shape[2];
        var mask = channelMask ?? ones(b, c, dtype: ScalarType.Bool, device: signal.device);

        var realIndex = RealChannels(mask);
        var realTokens = Tokenize(signal.reshape(b * c, t).index_select(0, realIndex));   // [N, S, d]
        var output = EncodeTokens(realTokens, realIndex, b, c, mask, positions);
        output.Tokens.MoveToOuterDisposeScope();
        output.Clip.MoveToOuterDisposeScope();
        return output;
    }

    /// <summary>Indices (into the flattened <c>[B·C]</c> channels) of the real channels of a mask.</summary>
    internal static Tensor RealChannels(Tensor mask) => mask.reshape(mask.shape[0] * mask.shape[1]).nonzero().squeeze(1);

    /// <summary>Tokenizes real channels <c>[N, T]</c> into <c>[N, S, d]</c>. Exposed so a shared encoder can tokenize
    /// several modalities in one call (one BatchNorm batch, as the running statistics assume).</summary>
    internal Tensor Tokenize(Tensor realSignals) => tokenizer.forward(realSignals);

    /// <summary>Everything after the tokenizer, for the real channels' tokens of a <c>[B, C]</c> mask.</summary>
    internal EncoderOutput EncodeTokens(Tensor realTokens, Tensor realIndex, long b, long c, Tensor mask, Tensor? positions)
    {
        using var scope = NewDisposeScope();
        long s = realTokens.shape[1], d = Config.EmbeddingDim;
        var tokens = zeros([b * c, s, d], dtype: realTokens.dtype, device: realTokens.device)
            .index_copy(0, realIndex, realTokens)
            .reshape(b, c, s, d);

        if (channel_pe is not null && positions is not null)
            tokens = tokens + channel_pe.forward(positions).unsqueeze(2);

        var pooled = spatial_pooling.forward(tokens, mask);                                    // [B, S, d]
        var timed = pooled + SinusoidalTimeEncoding.Table(s, d, pooled.dtype, pooled.device);
        var perToken = transformer_encoder.forward(layer_norm.forward(timed));
        var clip = temporal_pooling.forward(perToken);
        return new EncoderOutput(perToken.MoveToOuterDisposeScope(), clip.MoveToOuterDisposeScope());
    }

    void CheckInputs(Tensor signal, Tensor? channelMask, Tensor? positions)
    {
        if (signal.dim() != 3)
            throw new ArgumentException($"signal must be [B, C, T]; got shape [{string.Join(", ", signal.shape)}].", nameof(signal));
        if (!signal.is_floating_point())
            throw new ArgumentException($"signal must be floating point; got {signal.dtype}.", nameof(signal));
        if (signal.shape[0] < 1 || signal.shape[1] < 1)
            throw new ArgumentException($"signal needs at least one clip and one channel; got shape [{string.Join(", ", signal.shape)}].", nameof(signal));
        Config.TokensFor(signal.shape[2]);
        if (channelMask is not null &&
            (channelMask.dtype != ScalarType.Bool || channelMask.dim() != 2 ||
             channelMask.shape[0] != signal.shape[0] || channelMask.shape[1] != signal.shape[1]))
            throw new ArgumentException(
                $"channelMask must be bool [{signal.shape[0]}, {signal.shape[1]}]; got {channelMask.dtype} [{string.Join(", ", channelMask.shape)}].",
                nameof(channelMask));
        if (positions is not null &&
            (positions.dim() != 3 || positions.shape[0] != signal.shape[0] || positions.shape[1] != signal.shape[1] || positions.shape[2] != 3))
            throw new ArgumentException(
                $"positions must be [{signal.shape[0]}, {signal.shape[1]}, 3]; got [{string.Join(", ", positions.shape)}].", nameof(positions));
    }

    /// <summary>Saves the weights (state dict) to a file.</summary>
    /// <param name="path">Destination; its folder must exist.</param>
    /// <param name="format">TorchSharp's format, or a PyTorch <c>torch.save</c> state dict.</param>
    public void SaveWeights(string path, WeightFormat format = WeightFormat.TorchSharp) => WeightFiles.Save(this, path, format);

    /// <summary>
    /// Loads weights saved by <see cref="SaveWeights"/> or by PyTorch. The channel-PE MLP may be absent
    /// from the file (pretrained without PE, fine-tuned with it); it then keeps its fresh initialisation.
    /// Any other missing or surplus key throws.
    /// </summary>
    /// <returns>Keys absent from the file (empty, or the <c>channel_pe.*</c> keys).</returns>
    /// <exception cref="InvalidDataException">Keys do not match this encoder's config.</exception>
    public IReadOnlyList<string> LoadWeights(string path, WeightFormat format = WeightFormat.TorchSharp) =>
        WeightFiles.Load(this, path, format, key => key.StartsWith(PositionalEncodingPrefix, StringComparison.Ordinal));
}
