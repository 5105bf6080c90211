namespace SleepFM.Signals;

/// <summary>Which frequencies an IIR filter keeps (SciPy's <c>btype</c>).</summary>
public enum FilterBand
{
    /// <summary>Keeps frequencies below one edge (<c>'lowpass'</c>).</summary>
    LowPass,

    /// <summary>Keeps frequencies above one edge (<c>'highpass'</c>).</summary>
    HighPass,

    /// <summary>Keeps frequencies between two edges (<c>'bandpass'</c>).</summary>
    BandPass,

    /// <summary>Removes frequencies between two edges (<c>'bandstop'</c>).</summary>
    BandStop,
}
