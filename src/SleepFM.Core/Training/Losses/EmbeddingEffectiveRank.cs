using static TorchSharp.torch;

namespace SleepFM.Training.Losses;

/// <summary>
/// How many directions a set of clip embeddings really spreads over: the effective rank of the centred
/// <c>[N, D]</c> matrix, exp(H(p)) with p = σ / Σσ over its singular values (RankMe, Garrido et al. 2023,
/// applied after centring). It lies in [1, min(N − 1, D)]: 1 when every clip varies along one line, D when the
/// spread is isotropic.
/// </summary>
/// <remarks>
/// Retrieval can look healthy while the representation has collapsed: a contrastive model that only learned
/// which of two cohorts a clip comes from puts every clip on one axis (effective rank ≈ 1) and still matches its
/// modalities. Centring first keeps the constant offset that a freshly initialised encoder adds to every clip from
/// counting as a direction.
/// </remarks>
public static class EmbeddingEffectiveRank
{
    /// <summary>Effective rank of the rows of <paramref name="embeddings"/>.</summary>
    /// <param name="embeddings"><c>[N, D]</c>, N ≥ 2.</param>
    /// <returns>The effective rank, or NaN when every row is the same.</returns>
    public static double Of(Tensor embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.dim() != 2 || embeddings.shape[0] < 2)
            throw new ArgumentException($"embeddings must be [N ≥ 2, D]; got [{string.Join(", ", embeddings.shape)}].", nameof(embeddings));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var e = embeddings.detach().to(float64);
        var singular = linalg.svdvals(e - e.mean([0], keepdim: true));
        double total = singular.sum().item<double>();
        if (!(total > 0)) return double.NaN;
        var p = singular / total;
        var entropy = -(p * (p + 1e-300).log()).sum().item<double>();
        return Math.Exp(entropy);
    }

    /// <summary>Mean effective rank over modalities, each over the clips that have it.</summary>
    /// <param name="embeddings"><c>[M, N, D]</c> clip embeddings.</param>
    /// <param name="presence"><c>[M, N]</c> bool, or null for all present.</param>
    /// <returns>The mean over modalities with at least two clips, or NaN if none has.</returns>
    public static double MeanOverModalities(Tensor embeddings, Tensor? presence = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.dim() != 3)
            throw new ArgumentException($"embeddings must be [M, N, D]; got [{string.Join(", ", embeddings.shape)}].", nameof(embeddings));
        using var scope = NewDisposeScope();
        var ranks = new List<double>();
        for (long m = 0; m < embeddings.shape[0]; m++)
        {
            var rows = embeddings[m];
            if (presence is not null) rows = rows.index_select(0, presence[m].nonzero().squeeze(1));
            if (rows.shape[0] < 2) continue;
            double rank = Of(rows);
            if (double.IsFinite(rank)) ranks.Add(rank);
        }
        return ranks.Count == 0 ? double.NaN : ranks.Average();
    }
}
