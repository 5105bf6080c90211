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
        var h = nn.functional.elu(batch_norm.forward(conv.forward(x)), alpha: 1.0);
        h = _normalization == TokenizerNormalization.Channels
            ? NormalizeChannels(h)
            : layer_norm.forward(h);
        return h.MoveToOuterDisposeScope();
    }

    // LayerNorm over the channel axis of [N, C, L], computed in place of layer_norm(h.transpose(1, 2)).transpose(1, 2):
    // the same statistics (biased variance, eps inside the root) and affine, but as reductions over the small C axis
    // of the contiguous map. LibTorch's layer_norm on the transposed map copies it and normalises N·L rows of only
    // C values, which is several times slower (most of all its backward) for the tokenizer's 4–16 channels.
    Tensor NormalizeChannels(Tensor h)
    {
        var centered = h - h.mean([1], keepdim: true);
        var variance = centered.square().mean([1], keepdim: true);
        var normalized = centered * (variance + 1e-5).rsqrt();
        return torch.addcmul(layer_norm.bias!.unsqueeze(1), normalized, layer_norm.weight!.unsqueeze(1), 1);
    }
}
