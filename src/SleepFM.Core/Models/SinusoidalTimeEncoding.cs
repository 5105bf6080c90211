using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// The fixed sinusoidal time code of "Attention is all you need", as the release's PositionalEncoding:
/// <c>pe[s, 2i] = sin(s·10000^(−2i/d))</c>, <c>pe[s, 2i+1] = cos(s·10000^(−2i/d))</c>. Computed on the fly
/// for any number of tokens, so it has no state-dict entry and no maximum length.
/// </summary>
public static class SinusoidalTimeEncoding
{
    /// <summary>The code table.</summary>
    /// <param name="tokens">Number of time steps S ≥ 1.</param>
    /// <param name="embeddingDim">Even width d.</param>
    /// <param name="dtype">Result dtype (computed in float64, then cast).</param>
    /// <param name="device">Result device.</param>
    /// <returns><c>[S, d]</c>.</returns>
    public static Tensor Table(long tokens, long embeddingDim, ScalarType dtype, Device device)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1);
        if (embeddingDim < 2 || embeddingDim % 2 != 0)
            throw new ArgumentException($"embeddingDim must be even and ≥ 2; got {embeddingDim}.", nameof(embeddingDim));
        using var scope = NewDisposeScope();
        var position = arange(tokens, dtype: float64).unsqueeze(1);
        var rate = exp(arange(0, embeddingDim, 2, dtype: float64) * (-Math.Log(10000.0) / embeddingDim));
        var angle = position * rate;                                             // [S, d/2]
        var table = stack([angle.sin(), angle.cos()], 2).reshape(tokens, embeddingDim);   // interleave sin, cos
        return table.to(dtype, device).MoveToOuterDisposeScope();
    }
}
