namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Renders ECG leads from beat times and a <see cref="EcgMorphology"/>: each beat adds Gaussian
/// components to a 3-D heart vector (the vectorcardiogram), which is projected onto each lead's vector.
/// Breathing rotates the amplitude slightly (±5%) and adds baseline wander; mains and white noise finish it.
/// </summary>
public static class EcgSynthesizer
{
    /// <summary>Renders the requested leads.</summary>
    /// <param name="beatTimesSeconds">R-peak times, increasing (e.g. from <see cref="HeartRhythm.BeatTimes"/>).</param>
    /// <param name="morphology">Beat template.</param>
    /// <param name="leads">Leads to output, in order.</param>
    /// <param name="sampleRateHz">Output rate, 50–4096 Hz.</param>
    /// <param name="sampleCount">Samples per lead.</param>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="respiratoryPhase">Breathing phase at a time (radians), or null for none.</param>
    /// <param name="noiseMv">White noise, mV RMS, 0–1.</param>
    /// <param name="lineFrequencyHz">Mains frequency (0 for none); ignored at or above Nyquist.</param>
    /// <returns>[L][T] float32 in mV.</returns>
    public static float[][] Generate(IReadOnlyList<double> beatTimesSeconds, EcgMorphology morphology, IReadOnlyList<EcgLead> leads,
        double sampleRateHz, int sampleCount, SynthRandom random, Func<double, double>? respiratoryPhase = null, double noiseMv = 0.01, double lineFrequencyHz = 0)
    {
        ArgumentNullException.ThrowIfNull(beatTimesSeconds);
        ArgumentNullException.ThrowIfNull(morphology);
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(random);
        morphology.Validate();
        if (!(sampleRateHz >= 50 && sampleRateHz <= 4096)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Sample rate must lie in [50, 4096] Hz.");
        ArgumentOutOfRangeException.ThrowIfNegative(sampleCount);
        if (!(noiseMv >= 0 && noiseMv <= 1)) throw new ArgumentOutOfRangeException(nameof(noiseMv), noiseMv, "Noise must lie in [0, 1] mV.");
        double fs = sampleRateHz;
        int n = sampleCount;
        var vx = new float[n];
        var vy = new float[n];
        var vz = new float[n];
        double scale = morphology.AmplitudeScale;
        double qrsOnsetMs = -0.45 * morphology.QrsDurationMs;

        void AddWave(double centreSeconds, double widthSeconds, CardiacVector vector)
        {
            long first = Math.Max(0, (long)Math.Ceiling((centreSeconds - 4 * widthSeconds) * fs));
            long last = Math.Min(n - 1, (long)Math.Floor((centreSeconds + 4 * widthSeconds) * fs));
            float x = (float)vector.X, y = (float)vector.Y, z = (float)vector.Z;
            for (long i = first; i <= last; i++)
            {
                double u = (i / fs - centreSeconds) / widthSeconds;
                float g = (float)Math.Exp(-0.5 * u * u);
                vx[i] += g * x; vy[i] += g * y; vz[i] += g * z;
            }
        }

        for (int b = 0; b < beatTimesSeconds.Count; b++)
        {
            double r = beatTimesSeconds[b];
            double rr = b + 1 < beatTimesSeconds.Count ? beatTimesSeconds[b + 1] - r : b > 0 ? r - beatTimesSeconds[b - 1] : 1;
            double previousRr = b > 0 ? r - beatTimesSeconds[b - 1] : rr;
            double k = scale * (1 + 0.02 * random.NextGaussian());
            if (respiratoryPhase is not null) k *= 1 + 0.05 * Math.Sin(respiratoryPhase(r));
            if (morphology.PWave is { } p)
            {
                // P onset ≈ peak − 2σ sits one PR interval before the QRS onset.
                double pPeakMs = qrsOnsetMs - morphology.PrIntervalMs + 2 * p.WidthMs + p.OffsetMs;
                AddWave(r + pPeakMs / 1000, p.WidthMs / 1000, p.Vector * k);
            }
            foreach (var w in morphology.QrsWaves) AddWave(r + w.OffsetMs / 1000, w.WidthMs / 1000, w.Vector * k);
            // Bazett: QT = QTc·√RR, using the preceding interval as the heart does.
            double qt = morphology.QtcMs / 1000 * Math.Sqrt(Math.Clamp(previousRr, 0.3, 2.0));
            double tPeak = qrsOnsetMs / 1000 + qt - 2.2 * morphology.TWave.WidthMs / 1000 + morphology.TWave.OffsetMs / 1000;
            AddWave(r + tPeak, morphology.TWave.WidthMs / 1000, morphology.TWave.Vector * k);
        }

        if (morphology.FibrillatoryWavesMv > 0)
        {
            var f = new float[n];
            new NarrowbandProcess(6, 1.5, fs, random.Derive("f-waves")).Fill(f);
            var direction = new CardiacVector(0.3, 0.5, 0.8);
            float a = (float)(morphology.FibrillatoryWavesMv * scale);
            FloatKernels.AddScaled(vx, f, a * (float)direction.X);
            FloatKernels.AddScaled(vy, f, a * (float)direction.Y);
            FloatKernels.AddScaled(vz, f, a * (float)direction.Z);
        }

        var noise = random.Derive("ecg-noise");
        var output = new float[leads.Count][];
        double lineOmega = lineFrequencyHz > 0 && lineFrequencyHz < 0.49 * fs ? 2 * Math.PI * lineFrequencyHz / fs : 0;
        for (int l = 0; l < leads.Count; l++)
        {
            var v = EcgLeadVectors.Of(leads[l]);
            var o = new float[n];
            FloatKernels.AddScaled(o, vx, (float)v.X);
            FloatKernels.AddScaled(o, vy, (float)v.Y);
            FloatKernels.AddScaled(o, vz, (float)v.Z);
            double wander = noise.Uniform(0.02, 0.08), line = lineOmega > 0 ? noise.Uniform(0.002, 0.01) : 0;
            double linePhase = noise.NextDouble() * 2 * Math.PI;
            float white = (float)noiseMv;
            for (int i = 0; i < n; i++)
            {
                double t = i / fs;
                double baseline = respiratoryPhase is null ? 0 : wander * Math.Cos(respiratoryPhase(t));
                o[i] += (float)(baseline + (line > 0 ? line * Math.Sin(linePhase + lineOmega * i) : 0)) + white * noise.NextUnitUniform();
            }
            output[l] = o;
        }
        return output;
    }
}
