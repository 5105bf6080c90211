namespace SleepFM.Synthetic.Physiology;

/// <summary>Breathing pattern of one epoch.</summary>
/// <param name="RatePerMinute">Mean breaths per minute, 6–40.</param>
/// <param name="TidalAmplitude">Tidal volume relative to the subject's N2 breathing (1 = typical), 0.2–3.</param>
/// <param name="Variability">Breath-to-breath variability of rate and depth as a fraction, 0–0.5 (REM and wake are irregular, N3 regular).</param>
public sealed record BreathingState(double RatePerMinute, double TidalAmplitude, double Variability);
