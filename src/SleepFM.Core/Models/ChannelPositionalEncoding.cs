using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// The paper's 3-D channel positional encoding (SPEC §2.2): Fourier features of an electrode's position,
/// then <c>linear → GELU → norm</c> (state-dict names <c>linear</c>, <c>norm</c>), giving a
/// <c>[d]</c> code added to every token of that channel. A channel whose position is unknown (any
/// coordinate NaN) gets no code: its output row is zero.
/// </summary>
/// <remarks>
/// Fourier features: 8 frequencies per axis, f ∈ 0…7; for a frequency triple (fx, fy, fz) the phase is
/// Σ_d (p_d + 0.4)·2π·f_d/1.8. Features are the cosines of the 64 chosen triples' phases followed by
/// their sines (128 features). Which 64 of the 512 triples is <see cref="Mode"/>.
/// </remarks>
public sealed class ChannelPositionalEncoding : nn.Module<Tensor, Tensor>
{
    /// <summary>Which 64 of the 8×8×8 frequency triples feed the Fourier features.</summary>
    public enum Mode
    {
        /// <summary>
        /// Default and correct: the 64 triples of lowest |f|² = fx²+fy²+fz², ties broken in
        /// <c>itertools.product</c> order. That is all 63 triples with |f|² ≤ 17 (closed under swapping
        /// axes, so x, y and z are treated alike, each reaching frequency 4) plus (0, 3, 3). Low
        /// frequencies keep the code smooth over the scalp while every axis, x included, is used.
        /// </summary>
        AllAxes,

        /// <summary>
        /// The authors' release: the first 64 triples in <c>itertools.product(range(8), repeat=3)</c>
        /// order (fx slowest). All have fx = 0, so mirror-image electrodes such as C3 and C4 get
        /// identical codes. Kept only to compare with the paper.
        /// </summary>
        AuthorsTruncated,
    }

    /// <summary>Number of Fourier features: 64 cosines then 64 sines.</summary>
    public const int FeatureCount = 128;

    /// <summary>Frequencies per axis (0…7).</summary>
    public const int FrequenciesPerAxis = 8;

    /// <summary>Offset added to each coordinate before the phase, from the authors' code.</summary>
    public const double PositionOffset = 0.4;

    /// <summary>Spatial period divisor: phase = (p + 0.4)·2π·f / 1.8, from the authors' code.</summary>
    public const double PeriodScale = 1.8;

    readonly Mode _mode;

#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly Linear linear;
    readonly LayerNorm norm;
#pragma warning restore IDE1006

    /// <summary>Creates the encoding.</summary>
    /// <param name="embeddingDim">Output width d.</param>
    /// <param name="mode">Frequency selection.</param>
    public ChannelPositionalEncoding(int embeddingDim, Mode mode) : base(nameof(ChannelPositionalEncoding))
    {
        if (!Enum.IsDefined(mode)) throw new ArgumentException($"Unknown positional-encoding mode {mode}.", nameof(mode));
        _mode = mode;
        linear = nn.Linear(FeatureCount, embeddingDim);
        norm = nn.LayerNorm(embeddingDim, eps: 1e-5);
        RegisterComponents();
    }

    /// <summary>The 64 frequency triples (fx, fy, fz) a mode uses, in feature order.</summary>
    public static IReadOnlyList<(int X, int Y, int Z)> FrequencyTriples(Mode mode)
    {
        var all = new List<(int X, int Y, int Z)>(512);
        for (int x = 0; x < FrequenciesPerAxis; x++)
            for (int y = 0; y < FrequenciesPerAxis; y++)
                for (int z = 0; z < FrequenciesPerAxis; z++)
                    all.Add((x, y, z));
        return mode switch
        {
            Mode.AuthorsTruncated => all.Take(FeatureCount / 2).ToArray(),
            // OrderBy is stable, so ties keep product order.
            Mode.AllAxes => all.OrderBy(f => f.X * f.X + f.Y * f.Y + f.Z * f.Z).Take(FeatureCount / 2).ToArray(),
            _ => throw new ArgumentException($"Unknown positional-encoding mode {mode}.", nameof(mode)),
        };
    }

    /// <summary>Fourier features of positions (no MLP, no handling of unknown positions: NaN propagates).</summary>
    /// <param name="positions"><c>[..., 3]</c> x (right), y (front), z (up) on the unit head sphere.</param>
    /// <param name="mode">Frequency selection.</param>
    /// <returns><c>[..., 128]</c>: 64 cosines then 64 sines, in the dtype of <paramref name="positions"/>.</returns>
    public static Tensor FourierFeatures(Tensor positions, Mode mode)
    {
        using var scope = NewDisposeScope();
        var triples = FrequencyTriples(mode);
        var frequencies = new double[triples.Count * 3];
        for (int i = 0; i < triples.Count; i++)
        {
            frequencies[3 * i] = triples[i].X;
            frequencies[3 * i + 1] = triples[i].Y;
            frequencies[3 * i + 2] = triples[i].Z;
        }
        var f = tensor(frequencies, [triples.Count, 3], dtype: positions.dtype, device: positions.device);
        var phase = (positions + KeptScalars.PositionOffset).matmul(f.t()) * KeptScalars.PositionFrequency;
        return cat([phase.cos(), phase.sin()], -1).MoveToOuterDisposeScope();
    }

    /// <summary>Per-channel codes.</summary>
    /// <param name="positions"><c>[B, C, 3]</c>; a row with any NaN means "position unknown".</param>
    /// <returns><c>[B, C, d]</c>, zero for channels of unknown position.</returns>
    public override Tensor forward(Tensor positions)
    {
        using var scope = NewDisposeScope();
        var known = positions.isfinite().all(-1, keepdim: true);
        var safe = where(known, positions, zeros_like(positions));
        var code = norm.forward(nn.functional.gelu(linear.forward(FourierFeatures(safe, _mode))));
        return (code * known.to(code.dtype)).MoveToOuterDisposeScope();
    }
}
