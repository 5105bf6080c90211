using SleepFM.Models;
using static TorchSharp.torch;

namespace SleepFM.Training.Losses;

/// <summary>
/// The pairwise CLIP variant (SPEC §3): for every pair of modalities i &lt; j, logits exp(t)·z_i·z_jᵀ and a
/// symmetric sum-reduced cross-entropy; total / (M(M−1)) / B.
/// </summary>
/// <remarks>
/// Missing modalities: pair (i, j) includes only clips that have both; the normaliser M(M−1)·B becomes
/// 2·Σ_{i&lt;j} (clips in pair i, j). See <see cref="ContrastiveLoss"/>.
/// </remarks>
public sealed class PairwiseContrastiveLoss : ContrastiveLoss
{
    /// <summary>Creates the loss; t starts at <paramref name="initialLogScale"/> (default 0).</summary>
    public PairwiseContrastiveLoss(double initialLogScale = 0.0) : base(nameof(PairwiseContrastiveLoss), initialLogScale)
    {
    }

    /// <inheritdoc />
    protected override Tensor Compute(Tensor z, Tensor present, Tensor scale)
    {
        long m = z.shape[0];
        var total = (z.sum() * KeptScalars.ZeroInt) + (scale * KeptScalars.ZeroInt);
        var rows = 0.0;
        for (long i = 0; i < m; i++)
        {
            for (long j = i + 1; j < m; j++)
            {
                var eligible = present[i] * present[j];
                double n = eligible.sum().to(ScalarType.Float64).item<double>();
                if (n < 2) continue;
                var logits = z[i].matmul(z[j].t()) * scale;
                total = total + SymmetricCrossEntropy(logits, eligible);
                rows += n;
            }
        }
        return rows > 0 ? total / (2 * rows) : total;
    }
}
