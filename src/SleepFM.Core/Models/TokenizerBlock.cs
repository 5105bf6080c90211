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
            ? layer_norm.forward(h.transpose(1, 2)).transpose(1, 2)
            : layer_norm.forward(h);
        return h.MoveToOuterDisposeScope();
    }
}
