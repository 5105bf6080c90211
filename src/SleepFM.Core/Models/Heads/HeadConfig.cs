namespace SleepFM.Models.Heads;

/// <summary>Sizes of the downstream heads (SPEC.md §5). Defaults follow the paper where it gives them.</summary>
public sealed record HeadConfig
{
    /// <summary>EEG head: probability that a token is masked during training (time masking), in [0, 1).</summary>
    public double TimeMaskProbability { get; init; } = 0.1;

    /// <summary>EEG head: length in tokens of each masked span, ≥ 1.</summary>
    public int TimeMaskSpan { get; init; } = 5;

    /// <summary>EEG head: kernel of the relative-position convolution (odd). Paper: 25.</summary>
    public int PositionKernel { get; init; } = 25;

    /// <summary>EEG head: groups of the relative-position convolution (divides d).</summary>
    public int PositionGroups { get; init; } = 16;

    /// <summary>EEG head: width after the projection. Paper: 384.</summary>
    public int ProjectionDim { get; init; } = 384;

    /// <summary>EEG head: time steps after average pooling, 2–4 in the paper.</summary>
    public int PooledSteps { get; init; } = 4;

    /// <summary>EEG head: hidden width of the MLP.</summary>
    public int HiddenDim { get; init; } = 256;

    /// <summary>EEG head: MLP dropout. Paper: 0.4.</summary>
    public double Dropout { get; init; } = 0.4;

    /// <summary>ECG head: residual convolution blocks over tokens, ≥ 0.</summary>
    public int EcgResidualBlocks { get; init; } = 2;

    /// <summary>ECG head: kernel of its convolutions (odd).</summary>
    public int EcgKernel { get; init; } = 3;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid field.</summary>
    public HeadConfig Validate(int embeddingDim)
    {
        static void Check(bool ok, string field, object value, string range)
        {
            if (!ok) throw new ArgumentException($"HeadConfig.{field} must be {range}; got {value}.", field);
        }
        Check(TimeMaskProbability >= 0 && TimeMaskProbability < 1, nameof(TimeMaskProbability), TimeMaskProbability, "in [0, 1)");
        Check(TimeMaskSpan >= 1, nameof(TimeMaskSpan), TimeMaskSpan, "≥ 1");
        Check(PositionKernel >= 1 && PositionKernel % 2 == 1, nameof(PositionKernel), PositionKernel, "odd and ≥ 1");
        Check(PositionGroups >= 1 && embeddingDim % PositionGroups == 0, nameof(PositionGroups), PositionGroups, $"a divisor of d = {embeddingDim}");
        Check(ProjectionDim >= 1, nameof(ProjectionDim), ProjectionDim, "≥ 1");
        Check(PooledSteps >= 1, nameof(PooledSteps), PooledSteps, "≥ 1");
        Check(HiddenDim >= 1, nameof(HiddenDim), HiddenDim, "≥ 1");
        Check(Dropout >= 0 && Dropout < 1, nameof(Dropout), Dropout, "in [0, 1)");
        Check(EcgResidualBlocks >= 0, nameof(EcgResidualBlocks), EcgResidualBlocks, "≥ 0");
        Check(EcgKernel >= 1 && EcgKernel % 2 == 1, nameof(EcgKernel), EcgKernel, "odd and ≥ 1");
        return this;
    }
}
