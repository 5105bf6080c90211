namespace SleepFM.IO.Edf;

/// <summary>
/// One annotation from an EDF+ Time-stamped Annotation List (TAL). A TAL with several texts yields
/// one annotation per text, all with the TAL's onset and duration (as MNE does).
/// </summary>
/// <param name="OnsetSeconds">Seconds after the header's start date/time (may be negative, as EDF+ allows).</param>
/// <param name="DurationSeconds">Duration in seconds, or null when the TAL gives none.</param>
/// <param name="Text">The annotation text, UTF-8 decoded.</param>
public sealed record EdfAnnotation(double OnsetSeconds, double? DurationSeconds, string Text);
