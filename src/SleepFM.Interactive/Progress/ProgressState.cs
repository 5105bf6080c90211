namespace SleepFM.Interactive.Progress;

/// <summary>What a progress bar shows for one report.</summary>
/// <param name="Fraction">Done, 0–1 (clamped); NaN for "unknown" (the bar then shows only the text).</param>
/// <param name="Text">A short status line, e.g. "step 40/200 · loss 2.31 · 12 s left".</param>
public sealed record ProgressState(double Fraction, string Text);
