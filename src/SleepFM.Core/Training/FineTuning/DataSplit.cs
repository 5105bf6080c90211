namespace SleepFM.Training.FineTuning;

/// <summary>The subject-wise splits of a downstream dataset.</summary>
public enum DataSplit
{
    /// <summary>Training subjects.</summary>
    Train,
    /// <summary>Validation subjects: early stopping and (multilabel) thresholds.</summary>
    Validation,
    /// <summary>Test subjects (the official evaluation set where a dataset has one).</summary>
    Test,
}
