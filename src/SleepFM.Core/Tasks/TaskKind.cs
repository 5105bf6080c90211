namespace SleepFM.Tasks;

/// <summary>How a downstream task's labels are shaped.</summary>
public enum TaskKind
{
    /// <summary>Two classes; one label per sample.</summary>
    Binary,
    /// <summary>More than two mutually exclusive classes.</summary>
    Multiclass,
    /// <summary>Several independent yes/no labels per sample.</summary>
    Multilabel,
}
