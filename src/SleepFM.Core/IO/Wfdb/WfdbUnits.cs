namespace SleepFM.IO.Wfdb;

/// <summary>Voltage unit strings found in WFDB headers, and their factor to millivolts.</summary>
public static class WfdbUnits
{
    /// <summary>
    /// Millivolts per one unit of <paramref name="units"/>: 1 for "mV", 0.001 for "uV"/"µV"/"μV",
    /// 1e-6 for "nV", 1000 for "V"; null for anything else ("NU", "mmHg", …). "MV" is not taken as
    /// millivolts: it would be megavolts.
    /// </summary>
    public static double? MillivoltsPerUnit(string units) => units switch
    {
        "mV" or "mv" => 1.0,
        "uV" or "µV" or "μV" or "uv" => 1e-3,
        "nV" => 1e-6,
        "V" => 1e3,
        _ => null,
    };
}
