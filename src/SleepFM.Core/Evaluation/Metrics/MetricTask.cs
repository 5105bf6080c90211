namespace SleepFM.Evaluation.Metrics;

/// <summary>The kind of downstream task a <see cref="MetricSet"/> reports on.</summary>
public enum MetricTask
{
    /// <summary>Two classes, 0 = negative, 1 = positive (TUAB, CHB-MIT, BrainCapture).</summary>
    Binary,

    /// <summary>K ≥ 2 mutually exclusive classes scored by probabilities [N, K] (TUEV, TUSL).</summary>
    Multiclass,

    /// <summary>L independent 0/1 labels per sample with per-label thresholds (PTB-XL, G12EC, CPSC).</summary>
    Multilabel,
}
