namespace SleepFM.Synthetic.Physiology;

/// <summary>Sex of a synthetic subject (written to EDF+ as "F"/"M" and to subjects.csv).</summary>
public enum SubjectSex
{
    /// <summary>Female.</summary>
    Female,
    /// <summary>Male.</summary>
    Male,
}
