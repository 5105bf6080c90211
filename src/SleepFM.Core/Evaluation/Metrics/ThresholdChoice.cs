namespace SleepFM.Evaluation.Metrics;

/// <summary>A decision threshold picked on validation data and the F1 it reached there.</summary>
/// <param name="Threshold">Predict positive when score ≥ this value (one of the validation scores).</param>
/// <param name="F1">The validation F1 at that threshold, in [0, 1].</param>
public sealed record ThresholdChoice(double Threshold, double F1);
