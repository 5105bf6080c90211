namespace SleepFM.Synthetic.Physiology;

/// <summary>One SpO2 dip caused by a respiratory event.</summary>
/// <param name="OnsetSeconds">When SpO2 starts to fall.</param>
/// <param name="NadirSeconds">Time of the minimum (the event end plus the circulation delay, ~20–30 s).</param>
/// <param name="EndSeconds">When SpO2 is back at baseline.</param>
/// <param name="DepthPercent">Drop below baseline, percentage points (3–12).</param>
/// <param name="Cause">The respiratory event that caused it.</param>
public sealed record OxygenDesaturation(double OnsetSeconds, double NadirSeconds, double EndSeconds, double DepthPercent, RespiratoryEvent Cause);
