using SleepFM.Models;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// One batch of clips for contrastive pretraining: for each modality the clips' signals with its own
/// channel mask. A clip lacking a modality has an all-false mask row for it (never zero-filled data
/// treated as real). The batch owns its tensors; dispose it after the step.
/// </summary>
/// <param name="Modalities">Modality name → signals <c>[B, C_m, T]</c>, mask <c>[B, C_m]</c>, positions.</param>
/// <param name="ClipIds">Identifiers of the B clips, for logging and embedding maps.</param>
public sealed record PretrainingBatch(IReadOnlyDictionary<string, ModalityBatch> Modalities, IReadOnlyList<string> ClipIds) : IDisposable
{
    /// <summary>Clips in the batch.</summary>
    public int Size => ClipIds.Count;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var part in Modalities.Values)
        {
            part.Signal.Dispose();
            part.ChannelMask?.Dispose();
            part.Positions?.Dispose();
        }
    }
}
