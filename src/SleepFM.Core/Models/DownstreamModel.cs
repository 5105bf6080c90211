using SleepFM.Models.Heads;
using SleepFM.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>An encoder plus the task's head: the model fine-tuned on a downstream task.</summary>
public sealed class DownstreamModel : nn.Module
{
#pragma warning disable IDE1006 // state-dict names
    readonly ChannelAgnosticEncoder encoder;
    readonly nn.Module<Tensor, Tensor> head;
#pragma warning restore IDE1006

    /// <summary>Builds a fresh encoder and head (seed LibTorch first for reproducible weights).</summary>
    /// <param name="encoderConfig">Encoder sizes; <see cref="EncoderConfig.UseChannelPositions"/> adds the PE.</param>
    /// <param name="headConfig">Head sizes.</param>
    /// <param name="kind">Multilabel tasks get the ECG head, the others the EEG head.</param>
    /// <param name="outputs">Classes or labels.</param>
    public DownstreamModel(EncoderConfig encoderConfig, HeadConfig headConfig, TaskKind kind, int outputs) : base(nameof(DownstreamModel))
    {
        encoder = new ChannelAgnosticEncoder(encoderConfig);
        head = kind == TaskKind.Multilabel
            ? new EcgMultilabelHead(encoderConfig.EmbeddingDim, outputs, headConfig)
            : new EegClassificationHead(encoderConfig.EmbeddingDim, outputs, headConfig);
        RegisterComponents();
    }

    /// <summary>The encoder (load pretrained weights into it).</summary>
    public ChannelAgnosticEncoder Encoder => encoder;

    /// <summary>The head.</summary>
    public nn.Module<Tensor, Tensor> Head => head;

    /// <summary>Logits <c>[B, outputs]</c> for signals <c>[B, C, T]</c> with mask <c>[B, C]</c> and optional positions <c>[B, C, 3]</c>.</summary>
    public Tensor Forward(Tensor signal, Tensor? channelMask, Tensor? positions)
    {
        using var scope = NewDisposeScope();
        var output = encoder.forward(signal, channelMask, positions);
        return head.forward(output.Tokens).MoveToOuterDisposeScope();
    }
}
