using SleepFM.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Training.Losses;

/// <summary>
/// Shared machinery of the contrastive objectives (SPEC §3): a learnable log-scale t (state-dict name
/// <c>log_scale</c>, initialised at 0, logits scaled by exp(t), clamped back to 0 whenever it goes
/// negative), L2 normalisation, and presence handling.
/// </summary>
/// <remarks>
/// Input: clip embeddings <c>[M, B, D]</c> for M modalities and B clips, plus an optional presence mask
/// <c>[M, B]</c> bool. Absent entries are never zero-filled into a target: they are replaced by zeros only
/// so that no NaN can leak through masked arithmetic, and every term they would join excludes them.
/// Each cross-entropy term sums over its eligible clips, and the total is divided by twice the number of
/// (term, clip) rows that took part, which equals the reference's 2·M·B (leave-one-out) or M(M−1)·B
/// (pairwise) when every clip has every modality. A term with fewer than 2 eligible clips has no
/// negatives and is skipped; if every term is skipped the loss is 0 (still differentiable).
/// </remarks>
public abstract class ContrastiveLoss : nn.Module<Tensor, Tensor?, Tensor>
{
#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly Parameter log_scale;
#pragma warning restore IDE1006

    /// <summary>Creates the loss with t = <paramref name="initialLogScale"/> (≥ 0; the spec's 0 by default).</summary>
    protected ContrastiveLoss(string name, double initialLogScale) : base(name)
    {
        if (!(initialLogScale >= 0) || double.IsInfinity(initialLogScale))
            throw new ArgumentOutOfRangeException(nameof(initialLogScale), initialLogScale, "The initial log-scale t must be finite and ≥ 0.");
        log_scale = nn.Parameter(tensor(initialLogScale, dtype: float32));
        RegisterComponents();
    }

    /// <summary>The learnable scalar t (logits are multiplied by exp(t)); a 0-d parameter.</summary>
    public Parameter LogScale => log_scale;

    /// <summary>Sets t without recording a gradient (tests, checkpoints).</summary>
    public void SetLogScale(double value)
    {
        using (no_grad()) log_scale.fill_(value);
    }

    /// <summary>Clamps t to 0 if an optimiser step pushed it below. Called at the start of every forward.</summary>
    public void ClampLogScale()
    {
        using var noGrad = no_grad();
        using (var value = log_scale.to(float64))
            if (value.item<double>() < 0)
                log_scale.zero_();
    }

    /// <summary>Computes the loss.</summary>
    /// <param name="embeddings"><c>[M, B, D]</c> raw (not normalised) clip embeddings, M ≥ 2.</param>
    /// <param name="presence"><c>[M, B]</c> bool, true where clip b has modality m; null: all present.</param>
    /// <returns>A 0-d tensor in the embeddings' dtype.</returns>
    public override Tensor forward(Tensor embeddings, Tensor? presence)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.dim() != 3 || embeddings.shape[0] < 2)
            throw new ArgumentException($"embeddings must be [M ≥ 2, B, D]; got [{string.Join(", ", embeddings.shape)}].", nameof(embeddings));
        if (presence is not null &&
            (presence.dtype != ScalarType.Bool || presence.dim() != 2 ||
             presence.shape[0] != embeddings.shape[0] || presence.shape[1] != embeddings.shape[1]))
            throw new ArgumentException(
                $"presence must be bool [{embeddings.shape[0]}, {embeddings.shape[1]}]; got {presence.dtype} [{string.Join(", ", presence.shape)}].",
                nameof(presence));
        ClampLogScale();
        using var scope = NewDisposeScope();
        var present = (presence ?? ones(embeddings.shape[0], embeddings.shape[1], dtype: ScalarType.Bool, device: embeddings.device))
            .to(embeddings.device);
        var z = Normalise(embeddings, present);
        var scale = log_scale.to(embeddings.dtype).exp();
        return Compute(z, present.to(embeddings.dtype), scale).MoveToOuterDisposeScope();
    }

    /// <summary>The objective on normalised embeddings.</summary>
    /// <param name="z"><c>[M, B, D]</c> unit rows, zero rows where absent.</param>
    /// <param name="present"><c>[M, B]</c> 0/1 in the embeddings' dtype.</param>
    /// <param name="scale">0-d exp(t).</param>
    protected abstract Tensor Compute(Tensor z, Tensor present, Tensor scale);

    /// <summary>L2-normalises rows; absent rows become exactly zero (no 0/0).</summary>
    internal static Tensor Normalise(Tensor embeddings, Tensor present)
    {
        var safe = where(present.unsqueeze(-1), embeddings, zeros_like(embeddings));
        var norm = safe.norm(-1, keepdim: true);
        // Absent rows divide by 1; a present all-zero embedding is a genuine 0/0 and stays NaN, as in the reference.
        return safe / where(present.unsqueeze(-1), norm, ones_like(norm));
    }

    /// <summary>
    /// Σ over eligible rows of −log softmax(logits)[r, r] plus the same for logitsᵀ, restricted to eligible
    /// rows and columns; returns (sum, number of eligible rows).
    /// </summary>
    /// <param name="logits"><c>[B, B]</c>.</param>
    /// <param name="eligible"><c>[B]</c> 0/1.</param>
    internal static Tensor SymmetricCrossEntropy(Tensor logits, Tensor eligible)
    {
        var excluded = eligible.eq(KeptScalars.ZeroInt);
        var rowsBlocked = logits.masked_fill(excluded.unsqueeze(0), KeptScalars.NegativeInfinity);     // ineligible columns
        var colsBlocked = logits.t().masked_fill(excluded.unsqueeze(0), KeptScalars.NegativeInfinity);
        var forward = -rowsBlocked.log_softmax(1).diagonal();
        var backward = -colsBlocked.log_softmax(1).diagonal();
        // An ineligible row's own (diagonal) column is blocked, so its term is +inf: select, never multiply by 0.
        // Its upstream gradient is then zero, and log_softmax's backward turns that into zeros, not NaN.
        var perRow = forward + backward;
        return where(excluded, zeros_like(perRow), perRow).sum();
    }
}
