namespace SleepFM.Synthetic.Physiology;

/// <summary>Heart rhythm of one epoch.</summary>
/// <param name="MeanHeartRateBpm">Mean heart rate, 30–200 bpm.</param>
/// <param name="SlowVariabilityMs">SD of the slow (Mayer-wave, ~0.1 Hz) RR fluctuation, ms, 0–200.</param>
/// <param name="RespiratoryArrhythmiaMs">Peak RR shortening during inspiration (respiratory sinus arrhythmia), ms, 0–200.</param>
/// <param name="Irregularity">Coefficient of variation of independent beat-to-beat RR jitter, 0–0.4 (≈ 0.01 in sinus rhythm, 0.15–0.25 in atrial fibrillation).</param>
public sealed record CardiacState(double MeanHeartRateBpm, double SlowVariabilityMs, double RespiratoryArrhythmiaMs, double Irregularity = 0.01)
{
    /// <summary>Throws when a field is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        if (!(MeanHeartRateBpm >= 30 && MeanHeartRateBpm <= 200)) throw new ArgumentOutOfRangeException(nameof(MeanHeartRateBpm), MeanHeartRateBpm, "Heart rate must lie in [30, 200] bpm.");
        if (!(SlowVariabilityMs >= 0 && SlowVariabilityMs <= 200)) throw new ArgumentOutOfRangeException(nameof(SlowVariabilityMs), SlowVariabilityMs, "Must lie in [0, 200] ms.");
        if (!(RespiratoryArrhythmiaMs >= 0 && RespiratoryArrhythmiaMs <= 200)) throw new ArgumentOutOfRangeException(nameof(RespiratoryArrhythmiaMs), RespiratoryArrhythmiaMs, "Must lie in [0, 200] ms.");
        if (!(Irregularity >= 0 && Irregularity <= 0.4)) throw new ArgumentOutOfRangeException(nameof(Irregularity), Irregularity, "Must lie in [0, 0.4].");
    }
}
