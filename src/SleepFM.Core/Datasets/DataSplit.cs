namespace SleepFM.Datasets;

/// <summary>Which part of a subject-wise split a subject (and so every window of it) belongs to.</summary>
public enum DataSplit
{
    /// <summary>Used to fit the model.</summary>
    Train,
    /// <summary>Used for early stopping and threshold choice.</summary>
    Validation,
    /// <summary>Held out; scored once at the end.</summary>
    Test,
}
