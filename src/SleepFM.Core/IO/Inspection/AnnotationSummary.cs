namespace SleepFM.IO.Inspection;

/// <summary>One annotation of a <see cref="RecordingSummary"/>.</summary>
/// <param name="OnsetSeconds">Onset relative to the start of the recording, in seconds.</param>
/// <param name="DurationSeconds">Duration in seconds, or null when the annotation has none.</param>
/// <param name="Text">The annotation text (EDF+) or symbol and aux text (WFDB).</param>
public sealed record AnnotationSummary(double OnsetSeconds, double? DurationSeconds, string Text);
