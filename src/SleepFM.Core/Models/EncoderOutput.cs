using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>What the encoder returns for a batch of clips. Owns its tensors; dispose it (or let a dispose scope).</summary>
/// <param name="Tokens">Per-token embeddings <c>[B, S, d]</c>.</param>
/// <param name="Clip">Clip embeddings <c>[B, d]</c> from attention pooling over time.</param>
public sealed record EncoderOutput(Tensor Tokens, Tensor Clip) : IDisposable
{
    /// <summary>Disposes both tensors.</summary>
    public void Dispose()
    {
        Tokens.Dispose();
        Clip.Dispose();
    }
}
