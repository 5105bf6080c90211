using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// Spatial attention pooling (SPEC §2.3): at each time step, one transformer encoder layer (<c>layer</c>)
/// across the set of channels, with padded channels masked out as keys, then a mean over the real
/// channels. The release also averaged the padded channels, which makes the output depend on how much
/// padding a batch has; <see cref="EncoderConfig.AuthorsSpatialMean"/> reproduces that.
/// </summary>
public sealed class SpatialAttentionPooling : nn.Module<Tensor, Tensor, Tensor>
{
    readonly bool _authorsMean;

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly TransformerEncoderLayer layer;
#pragma warning restore IDE1006

    /// <summary>Creates the pooling stage for a validated config.</summary>
    public SpatialAttentionPooling(EncoderConfig config) : base(nameof(SpatialAttentionPooling))
    {
        ArgumentNullException.ThrowIfNull(config);
        _authorsMean = config.AuthorsSpatialMean;
        layer = new TransformerEncoderLayer(config.EmbeddingDim, config.SpatialHeads, config.SpatialFeedForwardDim,
            config.Dropout, config.SpatialNormFirst);
        RegisterComponents();
    }

    /// <summary>Pools channels at every time step.</summary>
    /// <param name="tokens"><c>[B, C, S, d]</c>.</param>
    /// <param name="channelMask"><c>[B, C]</c> bool, true for real channels.</param>
    /// <returns>
    /// <c>[B, S, d]</c>. A clip with no real channel (a missing modality) gets zeros here, without NaN;
    /// later stages still add the time code and biases, so callers must ignore such clips (the losses do,
    /// through their presence mask).
    /// </returns>
    public override Tensor forward(Tensor tokens, Tensor channelMask)
    {
        using var scope = NewDisposeScope();
        long b = tokens.shape[0], c = tokens.shape[1], s = tokens.shape[2], d = tokens.shape[3];
        var perStep = tokens.permute(0, 2, 1, 3).reshape(b * s, c, d);
        // A clip with no real channel would give an all-masked softmax (NaN); let it attend to its
        // zero placeholders instead. Its mean below is still zero.
        Tensor? attendPerStep = null;
        if (!channelMask.all().item<bool>())   // no mask at all lets attention take its unmasked fast path
        {
            var anyReal = channelMask.any(1, keepdim: true);
            var attend = channelMask.logical_or(anyReal.logical_not());
            attendPerStep = attend.unsqueeze(1).expand(b, s, c).reshape(b * s, c);
        }
        var mixed = layer.forward(perStep, attendPerStep).reshape(b, s, c, d);
        Tensor pooled;
        if (_authorsMean)
        {
            pooled = mixed.mean([2]);
        }
        else
        {
            var weights = channelMask.to(mixed.dtype).reshape(b, 1, c, 1);
            var count = weights.sum(dim: 2).clamp_min(KeptScalars.One);
            pooled = (mixed * weights).sum(dim: 2) / count;
        }
        return pooled.MoveToOuterDisposeScope();
    }
}
