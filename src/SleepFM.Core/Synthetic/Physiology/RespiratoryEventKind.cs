namespace SleepFM.Synthetic.Physiology;

/// <summary>AASM respiratory event types.</summary>
public enum RespiratoryEventKind
{
    /// <summary>Airflow absent ≥ 10 s while effort continues (and turns paradoxical): upper-airway collapse.</summary>
    ObstructiveApnea,
    /// <summary>Airflow and effort both absent ≥ 10 s: no drive to breathe.</summary>
    CentralApnea,
    /// <summary>Airflow reduced by ≥ 30% for ≥ 10 s, with a desaturation.</summary>
    Hypopnea,
}
