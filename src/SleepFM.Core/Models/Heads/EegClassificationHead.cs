using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models.Heads;

/// <summary>
/// The EEG head of SPEC.md §5 over per-token embeddings <c>[B, S, d]</c>: (1) time masking during
/// training and a grouped relative-position convolution added residually (as wav2vec 2.0's positional
/// convolution); (2) LayerNorm and a projection to 384; (3) average pooling to a few time steps;
/// (4) MLP <c>Linear → Dropout(.4) → ReLU → BatchNorm → Linear</c> to class logits.
/// </summary>
public sealed class EegClassificationHead : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly Parameter mask_embedding;
    readonly Conv1d position_conv;
    readonly LayerNorm layer_norm;
    readonly Linear projection;
    readonly Linear fc1;
    readonly Dropout dropout;
    readonly BatchNorm1d batch_norm;
    readonly Linear fc2;
#pragma warning restore IDE1006
    readonly HeadConfig config;

    /// <summary>Creates the head for d-wide tokens and <paramref name="classes"/> outputs.</summary>
    public EegClassificationHead(int embeddingDim, int classes, HeadConfig config) : base(nameof(EegClassificationHead))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        this.config = config.Validate(embeddingDim);
        mask_embedding = nn.Parameter(zeros(embeddingDim));
        position_conv = nn.Conv1d(embeddingDim, embeddingDim, config.PositionKernel, padding: config.PositionKernel / 2, groups: config.PositionGroups);
        layer_norm = nn.LayerNorm(embeddingDim);
        projection = nn.Linear(embeddingDim, config.ProjectionDim);
        fc1 = nn.Linear(config.ProjectionDim * config.PooledSteps, config.HiddenDim);
        dropout = nn.Dropout(config.Dropout);
        batch_norm = nn.BatchNorm1d(config.HiddenDim);
        fc2 = nn.Linear(config.HiddenDim, classes);
        RegisterComponents();
    }

    /// <summary>Logits <c>[B, classes]</c> from tokens <c>[B, S, d]</c>.</summary>
    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        var x = training && config.TimeMaskProbability > 0 ? MaskTime(tokens) : tokens;
        var conv = nn.functional.gelu(position_conv.forward(x.transpose(1, 2))).transpose(1, 2);
        x = projection.forward(layer_norm.forward(x + conv));                          // [B, S, 384]
        x = nn.functional.adaptive_avg_pool1d(x.transpose(1, 2), config.PooledSteps);  // [B, 384, P]
        x = x.flatten(1);
        x = batch_norm.forward(nn.functional.relu(dropout.forward(fc1.forward(x))));
        return fc2.forward(x).MoveToOuterDisposeScope();
    }

    // Spans of TimeMaskSpan tokens start at each position with probability p/span, so about p of the
    // tokens are replaced by a learned mask embedding (wav2vec 2.0-style span masking).
    Tensor MaskTime(Tensor tokens)
    {
        long b = tokens.shape[0], s = tokens.shape[1];
        using var startProbability = (config.TimeMaskProbability / config.TimeMaskSpan).ToScalar();
        var starts = rand([b, s], device: tokens.device).lt(startProbability).to(float32);
        var spread = nn.functional.max_pool1d(nn.functional.pad(starts.unsqueeze(1), [config.TimeMaskSpan - 1, 0]), config.TimeMaskSpan, stride: 1).squeeze(1);
        var masked = spread.gt(KeptScalars.ZeroInt).unsqueeze(-1);
        return where(masked, mask_embedding.to(tokens.dtype).expand_as(tokens), tokens);
    }
}
