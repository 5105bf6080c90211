using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// Semantically identical to <c>torch.nn.TransformerEncoderLayer(d, nhead, ff, dropout, activation=relu,
/// batch_first=True, norm_first=…)</c>, with the same submodule names (<c>self_attn</c>, <c>linear1</c>,
/// <c>dropout</c>, <c>linear2</c>, <c>norm1</c>, <c>norm2</c>, <c>dropout1</c>, <c>dropout2</c>) so state
/// dicts move between the two. TorchSharp's built-in layer has neither <c>batch_first</c> nor <c>norm_first</c>.
/// </summary>
public sealed class TransformerEncoderLayer : nn.Module<Tensor, Tensor?, Tensor>
{
    readonly bool _normFirst;

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly MultiheadSelfAttention self_attn;
    readonly Linear linear1;
    readonly Dropout dropout;
    readonly Linear linear2;
    readonly LayerNorm norm1;
    readonly LayerNorm norm2;
    readonly Dropout dropout1;
    readonly Dropout dropout2;
#pragma warning restore IDE1006

    /// <summary>Creates the layer.</summary>
    /// <param name="embeddingDim">Model width d.</param>
    /// <param name="heads">Attention heads, dividing d.</param>
    /// <param name="feedForwardDim">Hidden width of the ReLU feed-forward.</param>
    /// <param name="dropoutProbability">Dropout in [0, 1) for attention weights, feed-forward and both residual branches.</param>
    /// <param name="normFirst">Pre-norm (true) or PyTorch's default post-norm (false).</param>
    public TransformerEncoderLayer(int embeddingDim, int heads, int feedForwardDim, double dropoutProbability, bool normFirst)
        : base(nameof(TransformerEncoderLayer))
    {
        _normFirst = normFirst;
        self_attn = new MultiheadSelfAttention(embeddingDim, heads, dropoutProbability);
        linear1 = nn.Linear(embeddingDim, feedForwardDim);
        dropout = nn.Dropout(dropoutProbability);
        linear2 = nn.Linear(feedForwardDim, embeddingDim);
        norm1 = nn.LayerNorm(embeddingDim, eps: 1e-5);
        norm2 = nn.LayerNorm(embeddingDim, eps: 1e-5);
        dropout1 = nn.Dropout(dropoutProbability);
        dropout2 = nn.Dropout(dropoutProbability);
        RegisterComponents();
    }

    /// <summary>One encoder layer.</summary>
    /// <param name="x"><c>[N, L, d]</c>.</param>
    /// <param name="attendMask">Optional <c>[N, L]</c> bool, true for real elements (keys that may be attended).</param>
    /// <returns><c>[N, L, d]</c>.</returns>
    public override Tensor forward(Tensor x, Tensor? attendMask)
    {
        using var scope = NewDisposeScope();
        Tensor result;
        if (_normFirst)
        {
            var h = x + dropout1.forward(self_attn.forward(norm1.forward(x), attendMask));
            result = h + FeedForward(norm2.forward(h));
        }
        else
        {
            var h = norm1.forward(x + dropout1.forward(self_attn.forward(x, attendMask)));
            result = norm2.forward(h + FeedForward(h));
        }
        return result.MoveToOuterDisposeScope();
    }

    Tensor FeedForward(Tensor x) =>
        dropout2.forward(linear2.forward(dropout.forward(nn.functional.relu(linear1.forward(x)))));
}
