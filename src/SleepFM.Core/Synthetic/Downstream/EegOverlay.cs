namespace SleepFM.Synthetic.Downstream;

/// <summary>One finding to add to a wake recording's electrode potentials.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="OnsetSeconds">Start, seconds from the recording start.</param>
/// <param name="DurationSeconds">Length, seconds, &gt; 0.</param>
/// <param name="AmplitudeUv">Peak amplitude at the focus, µV (for <see cref="EegOverlayKind.Muscle"/>: RMS).</param>
/// <param name="Focus">Electrode at the centre of the field (10-05 or old 10-20 name), or the artefact's electrode.</param>
/// <param name="WidthRadii">Gaussian width of the field in head radii (0.3 focal … 1.5 generalised); for seizures the starting width.</param>
/// <param name="PeriodSeconds">Spacing of discharges or complexes, seconds (0 when not periodic).</param>
/// <param name="StartHz">Seizure start frequency, or the chewing rate for muscle; 0 otherwise.</param>
/// <param name="EndHz">Seizure end frequency; 0 otherwise.</param>
internal sealed record EegOverlay(
    EegOverlayKind Kind,
    double OnsetSeconds,
    double DurationSeconds,
    double AmplitudeUv,
    string Focus,
    double WidthRadii,
    double PeriodSeconds = 0,
    double StartHz = 0,
    double EndHz = 0);
