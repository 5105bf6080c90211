using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// One tokenizer block: <c>Conv1d(k, stride 2, pad k/2) → BatchNorm1d → ELU → LayerNorm</c>
/// (state-dict names <c>conv</c>, <c>batch_norm</c>, <c>layer_norm</c>).
/// </summary>
public sealed class TokenizerBlock : nn.Module<Tensor, Tensor>
{
    readonly TokenizerNormalization _normalization;

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly Conv1d conv;
    readonly BatchNorm1d batch_norm;
    readonly LayerNorm layer_norm;
#pragma warning restore IDE1006

    /// <summary>Creates the block.</summary>
    /// <param name="inChannels">Input feature channels.</param>
    /// <param name="outChannels">Output feature channels.</param>
    /// <param name="kernelSize">Odd kernel size.</param>
    /// <param name="outLength">Output length (needed only for <see cref="TokenizerNormalization.ChannelsAndTime"/>).</param>
    /// <param name="normalization">Which axes the LayerNorm normalises.</param>
    public TokenizerBlock(int inChannels, int outChannels, int kernelSize, int outLength, TokenizerNormalization normalization)
        : base(nameof(TokenizerBlock))
    {
        _normalization = normalization;
        conv = nn.Conv1d(inChannels, outChannels, kernelSize, stride: 2, padding: kernelSize / 2);
        batch_norm = nn.BatchNorm1d(outChannels);
        layer_norm = normalization == TokenizerNormalization.Channels
            ? nn.LayerNorm(outChannels, eps: 1e-5)
            : nn.LayerNorm([outChannels, outLength], eps: 1e-5);
        RegisterComponents();
    }

    /// <summary>Applies the block.</summary>
    /// <param name="x"><c>[N, inChannels, L]</c>.</param>
    /// <returns><c>[N, outChannels, ceil(L/2)]</c>.</returns>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var z = conv.forward(x);
        Tensor h;
        if (z.shape[1] >= z.shape[2])
            h = ChannelsLast(z);
        else if (_normalization == TokenizerNormalization.ChannelsAndTime)
            h = layer_norm.forward(KeptScalars.Elu(batch_norm.forward(z)));
        else
            h = NormalizeChannels(KeptScalars.Elu(batch_norm.forward(z)));
        return h.MoveToOuterDisposeScope();
    }

    // The same math as elu(batch_norm(z)) followed by the LayerNorm (per time position, or over the whole [C, L] map,
    // which narrow maps run as is); which of two equivalent layouts is faster depends on the map's shape. LibTorch's kernels want the normalised axis
    // contiguous and long: BatchNorm on [N, C, L] and LayerNorm over a strided C are slow when L is short, while
    // LayerNorm over a contiguous C is slow when C is tiny (N·L rows of a few values, worst in backward).

    // Wide, short maps (C ≥ L, the later blocks): one copy to [N·L, C], then BatchNorm over the rows (the same
    // per-channel statistics over N·L values, unbiased running variance included) and the LayerNorm on that layout:
    // per row over the contiguous channels, or, for the joint [C, L] norm, over each map's L·C values, whose
    // statistics do not depend on their order, with the affine parameters read transposed. The result is returned
    // as a transposed view of that layout.
    Tensor ChannelsLast(Tensor z)
    {
        long n = z.shape[0], channels = z.shape[1], length = z.shape[2];
        var rows = z.transpose(1, 2).contiguous().reshape(n * length, channels);
        var h = KeptScalars.Elu(batch_norm.forward(rows));
        var normalized = _normalization == TokenizerNormalization.Channels
            ? layer_norm.forward(h).reshape(n, length, channels)
            : nn.functional.layer_norm(h.reshape(n, length, channels), [length, channels],
                layer_norm.weight!.t().contiguous(), layer_norm.bias!.t().contiguous(), 1e-5);
        return normalized.transpose(1, 2);
    }

    // Narrow, long maps (C < L, the first blocks): LayerNorm over the channel axis as reductions over the small C
    // axis of the contiguous [N, C, L] map, with LayerNorm's statistics (biased variance, eps inside the root).
    Tensor NormalizeChannels(Tensor h)
    {
        var centered = h - h.mean([1], keepdim: true);
        var variance = centered.square().mean([1], keepdim: true);
        var normalized = centered * (variance + 1e-5).rsqrt();
        return torch.addcmul(layer_norm.bias!.unsqueeze(1), normalized, layer_norm.weight!.unsqueeze(1), 1);
    }
}
