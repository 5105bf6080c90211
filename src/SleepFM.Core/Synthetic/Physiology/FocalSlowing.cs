namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Extra polymorphic delta/theta activity with a focal topography (a lesion's slowing), or a diffuse
/// one when <see cref="WidthRadii"/> is large (encephalopathy).
/// </summary>
/// <param name="CentreElectrode">10-05 site at the focus, e.g. <c>T7</c> or <c>F4</c>.</param>
/// <param name="WidthRadii">Gaussian width of the topography in head radii: 0.2–0.5 focal, ≥ 1.5 diffuse.</param>
/// <param name="DeltaUv">Added delta (1–3 Hz) at the focus, µV RMS, 0–120.</param>
/// <param name="ThetaUv">Added theta (4–7 Hz) at the focus, µV RMS, 0–60.</param>
public sealed record FocalSlowing(string CentreElectrode, double WidthRadii, double DeltaUv, double ThetaUv) : EegModifier;
