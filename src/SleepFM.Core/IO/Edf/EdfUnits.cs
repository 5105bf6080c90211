namespace SleepFM.IO.Edf;

/// <summary>
/// Physical-dimension strings and their factor to microvolts.
/// </summary>
/// <remarks>
/// Standard spellings (no warning): "uV", "µV" (U+00B5 micro sign, also Latin-1 byte 0xB5) and "μV"
/// (U+03BC Greek mu), "mV", "V", "nV". Clinical exporters also write the wrong case, most often "UV"
/// and "MV". Read literally, "MV" would be megavolts, which no biosignal amplifier records, so it is
/// taken as millivolts (×1000), as every clinical reader does; "UV"/"uv" is taken as microvolts.
/// Each non-standard spelling is accepted with a <see cref="ReadWarning"/> so the guess is visible.
/// Anything else ("%", "bpm", "degC", "L/min", empty, unknown) is not a voltage: it is kept as stored
/// and its factor is null.
/// </remarks>
public static class EdfUnits
{
    /// <summary>
    /// The factor from physical values in <paramref name="dimension"/> to microvolts, or null when the
    /// dimension is not a voltage.
    /// </summary>
    /// <param name="dimension">The physical dimension as stored (surrounding spaces ignored).</param>
    /// <param name="nonStandardNote">Set to an explanation when the spelling is non-standard but recognised; otherwise null.</param>
    public static double? ScaleToMicrovolts(string dimension, out string? nonStandardNote)
    {
        nonStandardNote = null;
        var unit = dimension.Trim();
        switch (unit)
        {
            case "uV" or "\u00B5V" or "\u03BCV": return 1.0;
            case "mV": return 1e3;
            case "V": return 1e6;
            case "nV": return 1e-3;
        }
        // UTF-8 micro signs read through Latin-1 (Â µ / Î ¼) appear when a writer put UTF-8 in the ASCII header.
        switch (unit.ToUpperInvariant())
        {
            case "UV" or "\u00B5V" or "\u039CV" or "\u00C2\u00B5V" or "\u00C2\u039CV" or "\u00CE\u00BCV" or "MICROV" or "MICROVOLT" or "MICROVOLTS":
                nonStandardNote = $"non-standard unit '{unit}' read as microvolts (uV)";
                return 1.0;
            case "MV":
                nonStandardNote = $"non-standard unit '{unit}' read as millivolts (mV), not megavolts";
                return 1e3;
            case "NV":
                nonStandardNote = $"non-standard unit '{unit}' read as nanovolts (nV)";
                return 1e-3;
            case "VOLT" or "VOLTS":
                nonStandardNote = $"non-standard unit '{unit}' read as volts (V)";
                return 1e6;
        }
        return null;
    }

    /// <summary>The factor to microvolts, ignoring whether the spelling is standard; null for non-voltages.</summary>
    public static double? ScaleToMicrovolts(string dimension) => ScaleToMicrovolts(dimension, out _);
}
