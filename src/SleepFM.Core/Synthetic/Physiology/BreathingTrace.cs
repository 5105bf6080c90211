namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Output of <see cref="RespirationSynthesizer"/> at its internal rate. Signals for a channel at another
/// rate come from <see cref="Resample"/>; the respiratory phase drives sinus arrhythmia in the ECG.
/// </summary>
/// <param name="SampleRateHz">Rate of every array, Hz.</param>
/// <param name="PhaseRadians">Unwrapped breathing phase (inspiration starts at multiples of 2π).</param>
/// <param name="Airflow">Oro-nasal airflow (thermistor-like), L/s; inspiration positive.</param>
/// <param name="NasalPressure">Nasal pressure, cmH2O: ∝ flow·|flow| (the cannula measures a pressure drop).</param>
/// <param name="Thorax">Thoracic effort (inductance belt), mV.</param>
/// <param name="Abdomen">Abdominal effort (inductance belt), mV; opposite in phase to the thorax during obstruction.</param>
/// <param name="SpO2">Oxygen saturation, %.</param>
/// <param name="Desaturations">Every dip, with its cause.</param>
public sealed record BreathingTrace(
    double SampleRateHz,
    double[] PhaseRadians,
    float[] Airflow,
    float[] NasalPressure,
    float[] Thorax,
    float[] Abdomen,
    float[] SpO2,
    IReadOnlyList<OxygenDesaturation> Desaturations)
{
    /// <summary>Breathing phase at a time (linear interpolation), radians.</summary>
    /// <param name="seconds">Time from the start; clamped to the trace.</param>
    public double PhaseAt(double seconds)
    {
        double x = Math.Clamp(seconds * SampleRateHz, 0, PhaseRadians.Length - 1);
        int i = (int)x;
        if (i >= PhaseRadians.Length - 1) return PhaseRadians[^1];
        return PhaseRadians[i] + (x - i) * (PhaseRadians[i + 1] - PhaseRadians[i]);
    }

    /// <summary>
    /// A signal of this trace at another rate by linear interpolation (breathing is far below either
    /// Nyquist frequency, so no anti-alias filter is needed).
    /// </summary>
    /// <param name="signal">One of this trace's arrays.</param>
    /// <param name="sampleRateHz">Target rate, &gt; 0.</param>
    /// <param name="sampleCount">Number of output samples.</param>
    public float[] Resample(float[] signal, double sampleRateHz, int sampleCount)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!(sampleRateHz > 0)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Rate must be positive.");
        var output = new float[sampleCount];
        double step = SampleRateHz / sampleRateHz;
        int last = signal.Length - 1;
        for (int i = 0; i < sampleCount; i++)
        {
            double x = i * step;
            int j = (int)x;
            if (j >= last) { output[i] = signal[last]; continue; }
            float f = (float)(x - j);
            output[i] = signal[j] + f * (signal[j + 1] - signal[j]);
        }
        return output;
    }
}
