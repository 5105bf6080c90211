namespace SleepFM.Evaluation.Metrics;

/// <summary>How per-label precision, recall and F1 are combined: scikit-learn's <c>average=</c> argument.</summary>
public enum Averaging
{
    /// <summary><c>average='binary'</c>: the score of label 1 only; labels must be 0 or 1.</summary>
    Binary,

    /// <summary><c>average='macro'</c>: unweighted mean over the labels present in y_true or y_pred.</summary>
    Macro,

    /// <summary><c>average='weighted'</c>: mean over the labels present, weighted by each label's count in y_true.</summary>
    Weighted,
}
