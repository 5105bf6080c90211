using static TorchSharp.torch;

namespace SleepFM.Training.FineTuning;

/// <summary>A batch of labelled downstream windows. Owns its tensors; dispose after use.</summary>
/// <param name="Signal"><c>[B, C, T]</c> float32, preprocessed as the task's recipe says.</param>
/// <param name="ChannelMask"><c>[B, C]</c> bool, true for real channels.</param>
/// <param name="Positions">Optional <c>[B, C, 3]</c> electrode positions (NaN where unknown), for PT+PE.</param>
/// <param name="Labels"><c>[B]</c> int64 class indices, or <c>[B, L]</c> float32 0/1 for multilabel tasks.</param>
/// <param name="SampleIds">Identifier of each window (recording and time), for predictions.csv.</param>
/// <param name="SubjectIds">Subject of each window.</param>
public sealed record DownstreamBatch(
    Tensor Signal, Tensor ChannelMask, Tensor? Positions, Tensor Labels,
    IReadOnlyList<string> SampleIds, IReadOnlyList<string> SubjectIds) : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
        Signal.Dispose();
        ChannelMask.Dispose();
        Positions?.Dispose();
        Labels.Dispose();
    }
}
