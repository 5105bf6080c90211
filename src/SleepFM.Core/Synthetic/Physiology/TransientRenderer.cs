namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Waveforms of the transient events as pure functions of time since onset, rendered into a block of a
/// source track. Being pure in absolute time, an event that straddles two blocks renders seamlessly.
/// </summary>
internal static class TransientRenderer
{
    public const double SaccadeRenderSeconds = 5;

    /// <summary>Adds the part of <paramref name="e"/> inside the block [blockStart, blockStart + block.Length) to the block.</summary>
    public static void Render(EegTransient e, double phase, Span<float> block, long blockStart, double sampleRateHz)
    {
        long first = Math.Max(blockStart, (long)Math.Ceiling(e.OnsetSeconds * sampleRateHz));
        long end = Math.Min(blockStart + block.Length, (long)Math.Floor((e.OnsetSeconds + e.DurationSeconds) * sampleRateHz) + 1);
        double a = e.AmplitudeUv, d = e.DurationSeconds, f = e.FrequencyHz;
        for (long s = first; s < end; s++)
        {
            double t = s / sampleRateHz - e.OnsetSeconds;
            if (t < 0 || t > d) continue;
            double v = e.Kind switch
            {
                EegTransientKind.Spindle => a * Hann(t, d) * Math.Sin(2 * Math.PI * f * t + phase),
                EegTransientKind.KComplex => a * (-Gauss(t, 0.30, 0.075) + 0.45 * Gauss(t, 0.72, 0.17)),
                EegTransientKind.VertexWave => a * (-Gauss(t, 0.15, 0.045) + 0.3 * Gauss(t, 0.30, 0.06)),
                EegTransientKind.SawtoothBurst => a * Taper(t, d, 0.15) * Sawtooth(f * t + phase),
                EegTransientKind.Blink => a * (t < 0.12 ? Gauss(t, 0.12, 0.05) : Gauss(t, 0.12, 0.11)),
                EegTransientKind.SlowEyeMovement => a * Hann(t, d) * Math.Sin(2 * Math.PI * f * t + phase),
                // Fast step (~25 ms) that the amplifier's high-pass lets decay back over ~1.2 s.
                EegTransientKind.Saccade => a * (1 - Math.Exp(-t / 0.025)) * Math.Exp(-t / 1.2),
                EegTransientKind.MovementBurst => a * Taper(t, d, 0.3),
                // Abrupt (0.5-s) onset and offset, with a slow waxing and waning of the rhythm.
                EegTransientKind.ArousalRhythm => a * Taper(t, d, 0.5) * (0.8 + 0.2 * Math.Sin(2 * Math.PI * 0.6 * t + phase)) * Math.Sin(2 * Math.PI * f * t + phase),
                EegTransientKind.ElectrodePop => a * (1 - Math.Exp(-t / 0.01)) * Math.Exp(-t / (d / 5)),
                _ => 0,
            };
            block[(int)(s - blockStart)] += (float)v;
        }
    }

    static double Hann(double t, double d) { double x = Math.Sin(Math.PI * t / d); return x * x; }

    static double Gauss(double t, double mu, double sigma) { double z = (t - mu) / sigma; return Math.Exp(-0.5 * z * z); }

    static double Taper(double t, double d, double edge) => Math.Min(1, Math.Min(t, d - t) / edge);

    /// <summary>Slow rise over 70% of the cycle, fast fall: the notched look of REM sawtooth waves.</summary>
    static double Sawtooth(double cycles)
    {
        double p = cycles - Math.Floor(cycles);
        return p < 0.7 ? -1 + 2 * p / 0.7 : 1 - 2 * (p - 0.7) / 0.3;
    }
}
