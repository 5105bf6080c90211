namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Attenuation of the faster rhythms (alpha, beta, spindles) over one hemisphere, as over a lesion
/// or a subdural collection.
/// </summary>
/// <param name="Side">The attenuated hemisphere.</param>
/// <param name="Attenuation">Fraction removed, 0 (none) – 1 (all) of the lateralised generators on that side.</param>
public sealed record HemisphericAsymmetry(Hemisphere Side, double Attenuation) : EegModifier;
