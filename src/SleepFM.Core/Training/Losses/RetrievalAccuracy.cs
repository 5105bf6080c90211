namespace SleepFM.Training.Losses;

/// <summary>Cross-modal retrieval accuracy (fractions in [0, 1]).</summary>
/// <param name="Top1">Share of queries whose own clip ranks first, over all modalities.</param>
/// <param name="Top5">Share of queries whose own clip ranks in the first five.</param>
/// <param name="Queries">Number of (modality, clip) queries scored.</param>
/// <param name="Top1PerModality">Top-1 per modality, in input order; NaN where a modality had no query.</param>
/// <param name="Top5PerModality">Top-5 per modality, in input order; NaN where a modality had no query.</param>
public sealed record RetrievalAccuracy(
    double Top1,
    double Top5,
    int Queries,
    IReadOnlyList<double> Top1PerModality,
    IReadOnlyList<double> Top5PerModality);
