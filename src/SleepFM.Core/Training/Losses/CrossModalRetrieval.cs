using SleepFM.Models;
using static TorchSharp.torch;

namespace SleepFM.Training.Losses;

/// <summary>
/// The pretraining quality signal (SPEC §3): how often modality i's embedding of a clip finds that clip's
/// leave-one-out target (mean of its other normalised modalities) among the targets of every clip in the
/// batch, by cosine-scaled dot product (the LOO-CL logits without the temperature).
/// </summary>
/// <remarks>
/// Queries and candidates follow <see cref="LeaveOneOutContrastiveLoss"/>'s eligibility: a clip takes
/// part for modality i when it has modality i and at least one other. Ties count against the query
/// (rank = number of other candidates scoring ≥ the own one). With fewer than 5 candidates top-5 is 1.
/// </remarks>
public static class CrossModalRetrieval
{
    /// <summary>Scores retrieval on one batch.</summary>
    /// <param name="embeddings"><c>[M, B, D]</c> raw clip embeddings, M ≥ 2.</param>
    /// <param name="presence"><c>[M, B]</c> bool, or null for all present.</param>
    public static RetrievalAccuracy Evaluate(Tensor embeddings, Tensor? presence = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.dim() != 3 || embeddings.shape[0] < 2)
            throw new ArgumentException($"embeddings must be [M ≥ 2, B, D]; got [{string.Join(", ", embeddings.shape)}].", nameof(embeddings));
        if (presence is not null && (presence.dtype != ScalarType.Bool || presence.dim() != 2 ||
                                     presence.shape[0] != embeddings.shape[0] || presence.shape[1] != embeddings.shape[1]))
            throw new ArgumentException($"presence must be bool [{embeddings.shape[0]}, {embeddings.shape[1]}].", nameof(presence));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var e = embeddings.detach().to(float64);
        long m = e.shape[0], b = e.shape[1];
        var presentBool = presence?.to(e.device) ?? ones(m, b, dtype: ScalarType.Bool, device: e.device);
        var present = presentBool.to(float64);
        var z = ContrastiveLoss.Normalise(e, presentBool);
        var sumAll = z.sum(dim: 0);
        var countAll = present.sum(dim: 0);
        int hits1 = 0, hits5 = 0, queries = 0;
        var top1 = new double[m];
        var top5 = new double[m];
        for (long i = 0; i < m; i++)
        {
            var othersCount = countAll - present[i];
            var target = (sumAll - z[i]) / othersCount.clamp_min(KeptScalars.OneInt).unsqueeze(-1);
            var eligible = present[i].mul(othersCount.ge(KeptScalars.OneInt).to(float64)).gt(KeptScalars.ZeroInt);
            var similarity = z[i].matmul(target.t());                          // [B, B] query × candidate
            var own = similarity.diagonal().unsqueeze(1);
            var beating = similarity.ge(own).logical_and(eligible.unsqueeze(0));
            var rank = beating.sum(dim: 1) - 1;                                 // the own candidate always ties itself
            var rankArray = rank.data<long>().ToArray();
            var eligibleArray = eligible.data<bool>().ToArray();
            int q = 0, h1 = 0, h5 = 0;
            for (int k = 0; k < b; k++)
            {
                if (!eligibleArray[k]) continue;
                q++;
                if (rankArray[k] < 1) h1++;
                if (rankArray[k] < 5) h5++;
            }
            top1[i] = q > 0 ? (double)h1 / q : double.NaN;
            top5[i] = q > 0 ? (double)h5 / q : double.NaN;
            queries += q;
            hits1 += h1;
            hits5 += h5;
        }
        return new RetrievalAccuracy(
            queries > 0 ? (double)hits1 / queries : double.NaN,
            queries > 0 ? (double)hits5 / queries : double.NaN,
            queries, top1, top5);
    }
}
