namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Unit-RMS 1/f ("pink") noise from 0.25 to about 25 Hz: one white sequence drives a bank of
/// one-pole low-pass filters with cut-offs a factor ~3 apart and gains ∝ 1/√f_c (Kellet's
/// economy method, re-derived for EEG rates), so each sample costs one random number and a few
/// multiply-adds.
/// </summary>
internal sealed class PinkNoiseProcess
{
    static readonly double[] CutoffsHz = [0.25, 0.8, 2.5, 8, 25];
    readonly float[] pole, gain, state;
    readonly SynthRandom random;

    public PinkNoiseProcess(double sampleRateHz, SynthRandom random)
    {
        this.random = random;
        var cutoffs = CutoffsHz.Where(f => f < sampleRateHz / 2.5).ToArray();
        pole = new float[cutoffs.Length];
        gain = new float[cutoffs.Length];
        state = new float[cutoffs.Length];
        var p = new double[cutoffs.Length];
        var g = new double[cutoffs.Length];
        for (int k = 0; k < cutoffs.Length; k++)
        {
            p[k] = Math.Exp(-2 * Math.PI * cutoffs[k] / sampleRateHz);
            g[k] = (1 - p[k]) / Math.Sqrt(cutoffs[k]);
        }
        // Variance of Σ g_k·y_k with a shared unit-variance input: Σ_jk g_j g_k / (1 − p_j p_k).
        double variance = 0;
        for (int j = 0; j < p.Length; j++)
            for (int k = 0; k < p.Length; k++)
                variance += g[j] * g[k] / (1 - p[j] * p[k]);
        double norm = 1 / Math.Sqrt(variance);
        for (int k = 0; k < p.Length; k++)
        {
            pole[k] = (float)p[k];
            gain[k] = (float)(g[k] * norm);
            // Stationary start: each filter's state variance is gain²/(1−p²) of its input.
            state[k] = (float)(random.NextGaussian() * gain[k] / Math.Sqrt(1 - p[k] * p[k]));
        }
    }

    /// <summary>Writes the next samples (unit RMS) into <paramref name="destination"/>.</summary>
    public void Fill(Span<float> destination)
    {
        int k = pole.Length;
        for (int n = 0; n < destination.Length; n++)
        {
            float w = random.NextUnitUniform();
            float sum = 0;
            for (int j = 0; j < k; j++)
            {
                float y = pole[j] * state[j] + gain[j] * w;
                state[j] = y;
                sum += y;
            }
            destination[n] = sum;
        }
    }
}
