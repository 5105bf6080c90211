using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// The tokenizer shared by every channel (SPEC §2.1): each patch of <see cref="EncoderConfig.TokenSamples"/>
/// samples goes through the conv blocks (<c>blocks.0</c>…), a global average pool over time and
/// <c>proj</c>, a Linear from the last block's width to d.
/// </summary>
public sealed class PatchTokenizer : nn.Module<Tensor, Tensor>
{
    readonly int _tokenSamples;

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly ModuleList<TokenizerBlock> blocks;
    readonly Linear proj;
#pragma warning restore IDE1006

    /// <summary>Creates the tokenizer for a validated config.</summary>
    public PatchTokenizer(EncoderConfig config) : base(nameof(PatchTokenizer))
    {
        ArgumentNullException.ThrowIfNull(config);
        _tokenSamples = config.TokenSamples;
        var lengths = config.TokenizerLengths();
        blocks = new ModuleList<TokenizerBlock>();
        int inChannels = 1;
        for (int i = 0; i < config.TokenizerChannels.Count; i++)
        {
            int outChannels = config.TokenizerChannels[i];
            blocks.Add(new TokenizerBlock(inChannels, outChannels, config.TokenizerKernelSize, lengths[i], config.TokenizerNormalization));
            inChannels = outChannels;
        }
        proj = nn.Linear(inChannels, config.EmbeddingDim);
        RegisterComponents();
    }

    /// <summary>Embeds every patch of every row.</summary>
    /// <param name="signals"><c>[N, T]</c>, T a multiple of the token length.</param>
    /// <returns><c>[N, S, d]</c> with S = T / token length.</returns>
    public override Tensor forward(Tensor signals)
    {
        using var scope = NewDisposeScope();
        long n = signals.shape[0], tokens = signals.shape[1] / _tokenSamples;
        var h = signals.reshape(n * tokens, 1, _tokenSamples);
        foreach (var block in blocks) h = block.forward(h);
        var pooled = h.mean([2]);
        return proj.forward(pooled).reshape(n, tokens, -1).MoveToOuterDisposeScope();
    }
}
