using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models.Heads;

/// <summary>
/// The ECG head of SPEC.md §5: residual Conv1d blocks over the token sequence, then the mean over time
/// and a Linear layer to one logit per label (multilabel; trained with BCE-with-logits).
/// </summary>
public sealed class EcgMultilabelHead : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly ModuleList<ResidualBlock> blocks;
    readonly Linear classifier;
#pragma warning restore IDE1006

    /// <summary>Creates the head for d-wide tokens and <paramref name="labels"/> outputs.</summary>
    public EcgMultilabelHead(int embeddingDim, int labels, HeadConfig config) : base(nameof(EcgMultilabelHead))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 1);
        config.Validate(embeddingDim);
        blocks = new ModuleList<ResidualBlock>();
        for (int i = 0; i < config.EcgResidualBlocks; i++) blocks.Add(new ResidualBlock(embeddingDim, config.EcgKernel));
        classifier = nn.Linear(embeddingDim, labels);
        RegisterComponents();
    }

    /// <summary>Logits <c>[B, labels]</c> from tokens <c>[B, S, d]</c>.</summary>
    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        var x = tokens.transpose(1, 2);                 // [B, d, S]
        foreach (var block in blocks) x = block.forward(x);
        return classifier.forward(x.mean([2])).MoveToOuterDisposeScope();
    }

    /// <summary><c>relu(x + BN(conv(relu(BN(conv(x))))))</c>.</summary>
    public sealed class ResidualBlock : nn.Module<Tensor, Tensor>
    {
#pragma warning disable IDE1006
        readonly Conv1d conv1;
        readonly BatchNorm1d bn1;
        readonly Conv1d conv2;
        readonly BatchNorm1d bn2;
#pragma warning restore IDE1006

        /// <summary>A block of width <paramref name="channels"/>.</summary>
        public ResidualBlock(int channels, int kernel) : base(nameof(ResidualBlock))
        {
            conv1 = nn.Conv1d(channels, channels, kernel, padding: kernel / 2);
            bn1 = nn.BatchNorm1d(channels);
            conv2 = nn.Conv1d(channels, channels, kernel, padding: kernel / 2);
            bn2 = nn.BatchNorm1d(channels);
            RegisterComponents();
        }

        /// <inheritdoc />
        public override Tensor forward(Tensor x)
        {
            using var scope = NewDisposeScope();
            var y = nn.functional.relu(bn1.forward(conv1.forward(x)));
            y = bn2.forward(conv2.forward(y));
            return nn.functional.relu(x + y).MoveToOuterDisposeScope();
        }
    }
}
