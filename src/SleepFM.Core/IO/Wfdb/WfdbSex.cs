namespace SleepFM.IO.Wfdb;

/// <summary>Sex as given by a header comment (<c>#Sex: Male</c>, <c># sex: female</c>).</summary>
public enum WfdbSex
{
    /// <summary>Absent, "Unknown" or unrecognised.</summary>
    Unknown,
    /// <summary>Male ("Male", "M").</summary>
    Male,
    /// <summary>Female ("Female", "F").</summary>
    Female,
}
