using SleepFM.Models;
using SleepFM.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// What pretraining optimises: the multimodal encoder and the contrastive loss with its learnable
/// temperature. One module, so one state dict holds everything a checkpoint needs.
/// </summary>
public sealed class PretrainingModel : nn.Module
{
#pragma warning disable IDE1006 // state-dict names
    readonly MultiModalEncoder encoder;
    readonly ContrastiveLoss objective;
#pragma warning restore IDE1006

    /// <summary>Builds the encoder and loss the config describes (weights from LibTorch's current generator).</summary>
    public PretrainingModel(PretrainingConfig config) : base(nameof(PretrainingModel))
    {
        ArgumentNullException.ThrowIfNull(config);
        encoder = new MultiModalEncoder(config.Encoder with { UseChannelPositions = false }, config.Modalities, config.SharedEncoder);
        objective = config.Objective == ContrastiveObjective.LeaveOneOut ? new LeaveOneOutContrastiveLoss(config.InitialLogScale) : new PairwiseContrastiveLoss(config.InitialLogScale);
        RegisterComponents();
    }

    /// <summary>The encoders.</summary>
    public MultiModalEncoder Encoder => encoder;

    /// <summary>The contrastive loss (holds the temperature t).</summary>
    public ContrastiveLoss Objective => objective;

    /// <summary>Encodes a batch and returns the loss plus the clip embeddings <c>[M, B, d]</c> and presence <c>[M, B]</c>.</summary>
    public (Tensor Loss, Tensor Embeddings, Tensor Presence) Forward(PretrainingBatch batch)
    {
        var (embeddings, presence) = encoder.EncodeClips(batch.Modalities);
        return (objective.forward(embeddings, presence), embeddings, presence);
    }
}
