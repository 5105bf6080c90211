using SleepFM.IO.Edf;

namespace SleepFM.Tests.IO.Edf;

/// <summary>Unit spellings and their factor to microvolts; non-standard spellings are accepted with a note.</summary>
public sealed class EdfUnitsTests
{
    [Theory]
    [InlineData("uV", 1.0)]
    [InlineData("\u00B5V", 1.0)]
    [InlineData("\u03BCV", 1.0)]
    [InlineData("mV", 1e3)]
    [InlineData("V", 1e6)]
    [InlineData("nV", 1e-3)]
    [InlineData(" uV ", 1.0)]
    public void Standard_voltage_units_scale_without_a_note(string unit, double scale)
    {
        Assert.Equal(scale, EdfUnits.ScaleToMicrovolts(unit, out var note));
        Assert.Null(note);
    }

    [Theory]
    [InlineData("UV", 1.0)]
    [InlineData("uv", 1.0)]
    [InlineData("MV", 1e3)]
    [InlineData("mv", 1e3)]
    [InlineData("NV", 1e-3)]
    public void Clinical_misspellings_scale_with_a_note(string unit, double scale)
    {
        Assert.Equal(scale, EdfUnits.ScaleToMicrovolts(unit, out var note));
        Assert.NotNull(note);
        Assert.Contains(unit, note);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("bpm")]
    [InlineData("degC")]
    [InlineData("L/min")]
    [InlineData("")]
    [InlineData("Ohm")]
    public void Non_voltage_units_have_no_scale(string unit)
    {
        Assert.Null(EdfUnits.ScaleToMicrovolts(unit, out var note));
        Assert.Null(note);
    }
}
