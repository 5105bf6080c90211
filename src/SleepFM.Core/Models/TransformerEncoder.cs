using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// A stack of <see cref="TransformerEncoderLayer"/>s named <c>layers.0</c>, <c>layers.1</c>, … like
/// <c>torch.nn.TransformerEncoder</c> without a final norm (the release passed none).
/// </summary>
public sealed class TransformerEncoder : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly ModuleList<TransformerEncoderLayer> layers;
#pragma warning restore IDE1006

    /// <summary>Creates <paramref name="layerCount"/> identical, independently initialised layers.</summary>
    public TransformerEncoder(int layerCount, int embeddingDim, int heads, int feedForwardDim, double dropout, bool normFirst)
        : base(nameof(TransformerEncoder))
    {
        layers = new ModuleList<TransformerEncoderLayer>();
        for (int i = 0; i < layerCount; i++)
            layers.Add(new TransformerEncoderLayer(embeddingDim, heads, feedForwardDim, dropout, normFirst));
        RegisterComponents();
    }

    /// <summary>Applies the layers in order.</summary>
    /// <param name="x"><c>[B, S, d]</c>.</param>
    /// <returns><c>[B, S, d]</c>.</returns>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var h = x.alias();
        foreach (var layer in layers) h = layer.forward(h, null);
        return h.MoveToOuterDisposeScope();
    }
}
