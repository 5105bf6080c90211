using SleepFM.Models;
using static TorchSharp.torch;

namespace SleepFM.Training.Losses;

/// <summary>
/// SleepFM's leave-one-out contrastive loss (LOO-CL, SPEC §3). For each modality i, the target of clip b
/// is the plain (not re-normalised) mean of b's other normalised modalities; logits are
/// exp(t)·z_i·z̄_¬iᵀ over the batch; loss = Σ_i [CE(logits, diag) + CE(logitsᵀ, diag)] / (2M) / B with
/// sum-reduced cross-entropies.
/// </summary>
/// <remarks>
/// Missing modalities: the target of clip b for modality i is the mean over the other modalities b
/// actually has. Term i includes clip b (as a row and as a column) only if b has modality i and at least
/// one other; the term's cross-entropies run over those clips alone, and the normaliser 2·M·B becomes
/// 2·Σ_i (clips in term i). See <see cref="ContrastiveLoss"/> for the shared rules.
/// </remarks>
public sealed class LeaveOneOutContrastiveLoss : ContrastiveLoss
{
    /// <summary>Creates the loss; t starts at <paramref name="initialLogScale"/> (default 0, as the paper).</summary>
    public LeaveOneOutContrastiveLoss(double initialLogScale = 0.0) : base(nameof(LeaveOneOutContrastiveLoss), initialLogScale)
    {
    }

    /// <inheritdoc />
    protected override Tensor Compute(Tensor z, Tensor present, Tensor scale)
    {
        long m = z.shape[0];
        var total = (z.sum() * 0) + (scale * 0);     // a zero that stays on the graph if every term is skipped
        var rows = 0.0;
        var sumAll = (z * present.unsqueeze(-1)).sum(dim: 0);   // absent rows are zero already; explicit for clarity
        var countAll = present.sum(dim: 0);
        for (long i = 0; i < m; i++)
        {
            var zi = z[i];
            var pi = present[i];
            var othersCount = countAll - pi;
            var target = (sumAll - zi * pi.unsqueeze(-1)) / othersCount.clamp_min(KeptScalars.OneInt).unsqueeze(-1);
            var eligible = pi * othersCount.ge(KeptScalars.OneInt).to(pi.dtype);
            double n = eligible.sum().to(ScalarType.Float64).item<double>();
            if (n < 2) continue;
            var logits = zi.matmul(target.t()) * scale;
            total = total + SymmetricCrossEntropy(logits, eligible);
            rows += n;
        }
        return rows > 0 ? total / (2 * rows) : total;
    }
}
