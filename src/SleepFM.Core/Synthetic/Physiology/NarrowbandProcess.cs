namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// A unit-RMS random oscillation around a centre frequency: the real part of a noise-driven,
/// damped rotating phasor, z[n] = ρ·e^{iω}·z[n−1] + w[n]. Amplitude and phase wander the way EEG
/// rhythms wax and wane, the −3 dB bandwidth is about (1−ρ)·fs/π, and each sample costs four
/// multiplications (no trigonometry per sample).
/// </summary>
internal sealed class NarrowbandProcess
{
    readonly float c, s, drive;
    readonly SynthRandom random;
    float zr, zi;

    public NarrowbandProcess(double centreHz, double bandwidthHz, double sampleRateHz, SynthRandom random)
    {
        double rho = Math.Exp(-Math.PI * bandwidthHz / sampleRateHz);
        double omega = 2 * Math.PI * centreHz / sampleRateHz;
        c = (float)(rho * Math.Cos(omega));
        s = (float)(rho * Math.Sin(omega));
        drive = (float)Math.Sqrt(1 - rho * rho);
        this.random = random;
        // Start in the stationary distribution so the first seconds are not a silent warm-up.
        zr = (float)random.NextGaussian();
        zi = (float)random.NextGaussian();
    }

    /// <summary>Writes the next samples (unit RMS) into <paramref name="destination"/>.</summary>
    public void Fill(Span<float> destination)
    {
        float r = zr, i = zi;
        for (int n = 0; n < destination.Length; n++)
        {
            float nr = c * r - s * i + drive * random.NextUnitUniform();
            i = s * r + c * i + drive * random.NextUnitUniform();
            r = nr;
            destination[n] = r;
        }
        zr = r; zi = i;
    }
}
