namespace SleepFM.Evaluation.Ablation;

/// <summary>How channel subsets are drawn (SPEC.md §6).</summary>
public enum SubsetStrategy
{
    /// <summary>k channels drawn uniformly at random.</summary>
    Random,
    /// <summary>Whole scalp regions (frontal, central, temporal, parietal, occipital, other) in random order, the last one partly.</summary>
    Region,
}
