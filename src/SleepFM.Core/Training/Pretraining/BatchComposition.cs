namespace SleepFM.Training.Pretraining;

/// <summary>Which clips may share a pretraining batch (and so serve as each other's negatives).</summary>
public enum BatchComposition
{
    /// <summary>
    /// Every batch comes from recordings with one montage (<see cref="Pipeline.MontageSignature"/>). With cohorts
    /// recorded differently (channel sets, sample rates, mains frequency), every modality of a clip shows its cohort,
    /// and in mixed batches matching the cohort is a free way to lower the loss: on the synthetic quick world the
    /// encoder then puts every clip on one cohort axis (effective rank ≈ 1) and transfers worse than a random one.
    /// The default.
    /// </summary>
    SameMontage,

    /// <summary>Batches mix clips of every recording, as the authors' loaders do.</summary>
    Mixed,
}
