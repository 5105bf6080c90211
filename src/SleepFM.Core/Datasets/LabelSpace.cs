namespace SleepFM.Datasets;

/// <summary>
/// What a window's labels mean. Single-label datasets store one class index per window (−1 = unknown,
/// e.g. an unscored sleep epoch); multi-label datasets store one 0/1 flag per class.
/// </summary>
/// <param name="ClassNames">Class names, index = label value (single-label) or flag position (multi-label). Empty for unlabelled data.</param>
/// <param name="MultiLabel">True when a window may carry several classes at once (PTB-XL, CODE-15%).</param>
public sealed record LabelSpace(IReadOnlyList<string> ClassNames, bool MultiLabel)
{
    /// <summary>Label value meaning "no label" for single-label datasets.</summary>
    public const int Unknown = -1;

    /// <summary>Labels stored per window: 1 for single-label, the class count for multi-label.</summary>
    public int Width => MultiLabel ? ClassNames.Count : 1;

    /// <summary>No labels at all (pure pretraining data); windows store −1.</summary>
    public static LabelSpace None { get; } = new([], false);
}
