using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>One modality's part of a multimodal batch; the tensors belong to the caller.</summary>
/// <param name="Signal"><c>[B, C, T]</c> float, T a multiple of the token length.</param>
/// <param name="ChannelMask"><c>[B, C]</c> bool, true for real channels; a clip with none lacks this modality. Null: all real.</param>
/// <param name="Positions">Optional <c>[B, C, 3]</c> electrode positions, NaN where unknown.</param>
public sealed record ModalityBatch(Tensor Signal, Tensor? ChannelMask = null, Tensor? Positions = null);
