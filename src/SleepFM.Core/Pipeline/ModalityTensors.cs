using SleepFM.Channels;
using static TorchSharp.torch;

namespace SleepFM.Pipeline;

/// <summary>One modality's part of a grouped batch (<see cref="BatchLoaderOptions.GroupByModality"/>).</summary>
/// <param name="Modality">The modality.</param>
/// <param name="Signals">[B, C_m, T] float32; zeros in padded slots.</param>
/// <param name="ChannelMask">[B, C_m] bool, true for real channels; a row of all false means the clip lacks this modality.</param>
/// <param name="Positions">[B, C_m, 3] float32, NaN where unknown or padded.</param>
public sealed record ModalityTensors(Modality Modality, Tensor Signals, Tensor ChannelMask, Tensor Positions);
