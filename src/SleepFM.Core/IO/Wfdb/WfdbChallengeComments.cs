using System.Globalization;

namespace SleepFM.IO.Wfdb;

/// <summary>Builds the header comments of the PhysioNet/CinC 2020–21 challenges (<c>#Age</c>, <c>#Sex</c>, <c>#Dx</c>, <c>#Rx</c>, <c>#Hx</c>, <c>#Sx</c>).</summary>
public static class WfdbChallengeComments
{
    /// <summary>
    /// Comment lines (without '#') in the challenge order: "Age: 74", "Sex: Male", "Dx: 164889003,59118001",
    /// "Rx: Unknown", "Hx: Unknown", "Sx: Unknown".
    /// </summary>
    /// <param name="ageYears">Age in years, or null for "NaN" (as the challenge files write it).</param>
    /// <param name="sex">Sex; Unknown is written as "Unknown".</param>
    /// <param name="dxCodes">Diagnosis codes (SNOMED CT), at least one.</param>
    /// <param name="rx">Medication text, "Unknown" by default.</param>
    /// <param name="hx">History text, "Unknown" by default.</param>
    /// <param name="sx">Symptom text, "Unknown" by default.</param>
    public static IReadOnlyList<string> Format(double? ageYears, WfdbSex sex, IReadOnlyList<string> dxCodes,
        string rx = "Unknown", string hx = "Unknown", string sx = "Unknown")
    {
        if (dxCodes.Count == 0) throw new ArgumentException("at least one Dx code is required", nameof(dxCodes));
        var age = ageYears is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "NaN";
        return
        [
            $"Age: {age}",
            $"Sex: {sex}",
            $"Dx: {string.Join(',', dxCodes)}",
            $"Rx: {rx}",
            $"Hx: {hx}",
            $"Sx: {sx}",
        ];
    }
}
