using TorchSharp;

namespace SleepFM.Models;

/// <summary>
/// Scalars that stay reachable for the whole process, for tensor operations on the training hot paths.
/// </summary>
/// <remarks>
/// TorchSharp turns a C# number passed to a tensor operation into a <see cref="Scalar"/> that only its finalizer
/// frees, and passes its native handle without keeping the object alive. A garbage collection during the native call
/// (triggered by another thread, e.g. a data loader) can then finalize the Scalar while libtorch still reads it, which
/// fails as "Expected false to be true … toFloat" or worse. Fine-tuning hit this once in ELU. The hot paths therefore
/// pass these, and per-call values are held in a <c>using</c> variable until the call returns.
/// </remarks>
internal static class KeptScalars
{
    /// <summary>Integer 0 (comparisons and masks).</summary>
    public static readonly Scalar ZeroInt = 0.ToScalar();

    /// <summary>Integer 1 (counts).</summary>
    public static readonly Scalar OneInt = 1.ToScalar();

    /// <summary>1.0 (ELU's alpha, scale and input scale; float clamps).</summary>
    public static readonly Scalar One = 1.0.ToScalar();

    /// <summary>−∞ (masked logits).</summary>
    public static readonly Scalar NegativeInfinity = double.NegativeInfinity.ToScalar();

    /// <summary><see cref="ChannelPositionalEncoding.PositionOffset"/>.</summary>
    public static readonly Scalar PositionOffset = ChannelPositionalEncoding.PositionOffset.ToScalar();

    /// <summary>2π / <see cref="ChannelPositionalEncoding.PeriodScale"/>.</summary>
    public static readonly Scalar PositionFrequency = (2 * Math.PI / ChannelPositionalEncoding.PeriodScale).ToScalar();

    /// <summary>ELU with α = 1, PyTorch's default.</summary>
    public static torch.Tensor Elu(torch.Tensor x) => x.elu(One, One, One);
}
