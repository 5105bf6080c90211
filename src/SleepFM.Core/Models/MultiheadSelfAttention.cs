using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// Batch-first multi-head self-attention with <c>torch.nn.MultiheadAttention</c>'s parameters and names
/// (<c>in_proj_weight</c> [3d, d], <c>in_proj_bias</c> [3d], <c>out_proj</c>) and its initialisation
/// (Xavier-uniform packed projection, zero biases). Written here because TorchSharp's
/// <c>MultiheadAttention</c> is sequence-first and leaks a handle per call with <c>need_weights: false</c>.
/// Attention dropout is applied to the attention weights in training mode, as PyTorch does.
/// </summary>
public sealed class MultiheadSelfAttention : nn.Module<Tensor, Tensor?, Tensor>
{
    readonly int _heads;
    readonly double _dropout;

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly Parameter in_proj_weight;
    readonly Parameter in_proj_bias;
    readonly Linear out_proj;
#pragma warning restore IDE1006

    /// <summary>Creates the layer.</summary>
    /// <param name="embeddingDim">Model width d ≥ 1.</param>
    /// <param name="heads">Heads, dividing <paramref name="embeddingDim"/>.</param>
    /// <param name="dropout">Attention-weight dropout in [0, 1).</param>
    public MultiheadSelfAttention(int embeddingDim, int heads, double dropout) : base(nameof(MultiheadSelfAttention))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(embeddingDim, 1);
        if (heads < 1 || embeddingDim % heads != 0)
            throw new ArgumentException($"heads must divide embeddingDim ({embeddingDim}); got {heads}.", nameof(heads));
        _heads = heads;
        _dropout = dropout;
        in_proj_weight = nn.Parameter(empty(3L * embeddingDim, embeddingDim));
        in_proj_bias = nn.Parameter(zeros(3L * embeddingDim));
        out_proj = nn.Linear(embeddingDim, embeddingDim);
        using (no_grad())
        {
            nn.init.xavier_uniform_(in_proj_weight);
            out_proj.bias!.zero_();
        }
        RegisterComponents();
    }

    /// <summary>Attends every position of each sequence to the others.</summary>
    /// <param name="x"><c>[N, L, d]</c>.</param>
    /// <param name="attendMask">
    /// Optional <c>[N, L]</c> bool, true where a key may be attended (a real element). Note this is the
    /// inverse of PyTorch's <c>key_padding_mask</c>. Every row must have at least one true entry.
    /// </param>
    /// <returns><c>[N, L, d]</c>.</returns>
    public override Tensor forward(Tensor x, Tensor? attendMask)
    {
        using var scope = NewDisposeScope();
        long n = x.shape[0], length = x.shape[1], d = x.shape[2];
        long headDim = d / _heads;
        var qkv = nn.functional.linear(x, in_proj_weight, in_proj_bias);
        var parts = qkv.chunk(3, dim: -1);
        var q = parts[0].reshape(n, length, _heads, headDim).transpose(1, 2);
        var k = parts[1].reshape(n, length, _heads, headDim).transpose(1, 2);
        var v = parts[2].reshape(n, length, _heads, headDim).transpose(1, 2);
        var mask = attendMask?.reshape(n, 1, 1, length);
        var attended = nn.functional.scaled_dot_product_attention(q, k, v, mask, training ? _dropout : 0.0);
        var merged = attended.transpose(1, 2).reshape(n, length, d);
        return out_proj.forward(merged).MoveToOuterDisposeScope();
    }
}
