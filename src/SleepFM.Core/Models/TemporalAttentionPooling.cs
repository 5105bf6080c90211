using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// Attention pooling over time: <c>score</c>, a Linear(d→1), rates each token, a softmax over the S
/// tokens turns the ratings into weights, and the clip embedding is the weighted sum of the tokens. (The
/// release pooled with another transformer layer and a plain mean; a learned scoring keeps the pooling
/// attentive at a fraction of the cost.)
/// </summary>
public sealed class TemporalAttentionPooling : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly Linear score;
#pragma warning restore IDE1006

    /// <summary>Creates the pooling for width d.</summary>
    public TemporalAttentionPooling(int embeddingDim) : base(nameof(TemporalAttentionPooling))
    {
        score = nn.Linear(embeddingDim, 1);
        RegisterComponents();
    }

    /// <summary>Pools tokens into one embedding per clip.</summary>
    /// <param name="tokens"><c>[B, S, d]</c>.</param>
    /// <returns><c>[B, d]</c>.</returns>
    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        var weights = score.forward(tokens).softmax(1);          // [B, S, 1]
        return (weights * tokens).sum(dim: 1).MoveToOuterDisposeScope();
    }
}
