namespace SleepFM.Synthetic.Sleep;

/// <summary>An annotation to store with a recording (stages, respiratory events, desaturations).</summary>
/// <param name="OnsetSeconds">Seconds from the recording start.</param>
/// <param name="DurationSeconds">Length in seconds.</param>
/// <param name="Text">Annotation text, e.g. <c>Sleep stage 2</c> or <c>Obstructive Apnea</c>.</param>
public sealed record SyntheticAnnotation(double OnsetSeconds, double DurationSeconds, string Text);
