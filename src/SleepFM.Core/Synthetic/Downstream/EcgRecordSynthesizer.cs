using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// A resting 12-lead ECG for a set of <see cref="EcgFindings"/>, with person-to-person variation strong
/// enough that no single measurement solves a task: heart rate, PR and QRS durations overlap the
/// diagnostic cut-offs near their edges, the electrical axis and amplitudes vary, and noise, baseline
/// wander and muscle bursts differ between recordings.
/// </summary>
internal static class EcgRecordSynthesizer
{
    static readonly EcgLead[] Leads = Enum.GetValues<EcgLead>();

    /// <summary>The rhythm and beat template drawn for a set of findings (the ground truth the signature tests check).</summary>
    public static (CardiacState Rhythm, EcgMorphology Morphology) Draw(EcgFindings f, SynthRandom r)
    {
        double hr = f.SinusBradycardia ? r.Uniform(38, 59)
            : f.SinusTachycardia ? r.Uniform(101, 145)
            : f.AtrialFibrillation ? r.ClippedGaussian(95, 20, 55, 150)
            : r.ClippedGaussian(74, 11, 60, 99);
        var state = new CardiacState(hr, r.Uniform(10, 45), r.Uniform(10, 60), f.AtrialFibrillation ? r.Uniform(0.1, 0.25) : r.Uniform(0.005, 0.03));
        return (state, ConductionMorphology.Draw(f, r));
    }

    /// <summary>Renders [12][sampleCount] in mV, leads in the standard order I … V6.</summary>
    public static float[][] Render(EcgFindings f, SubjectProfile subject, double sampleRateHz, int sampleCount, SynthRandom r)
    {
        double seconds = sampleCount / sampleRateHz;
        var (state, morphology) = Draw(f, r.Derive("draw"));
        double breathHz = r.Uniform(0.2, 0.33), breathPhase = r.NextDouble() * 2 * Math.PI;
        Func<double, double> respiration = t => breathPhase + 2 * Math.PI * breathHz * t;
        var beats = HeartRhythm.BeatTimes([state], seconds + 1, respiration, null, subject, r.Derive("rhythm"));
        var leads = EcgSynthesizer.Generate(beats, morphology, Leads, sampleRateHz, sampleCount, r.Derive("leads"), respiration,
            noiseMv: r.Uniform(0.004, 0.04), lineFrequencyHz: subject.LineFrequencyHz);

        // Extra baseline wander (electrode motion) and muscle bursts, different per recording.
        var n = r.Derive("noise");
        double drift = n.Uniform(0, 0.25), driftHz = n.Uniform(0.05, 0.4), driftPhase = n.NextDouble() * 2 * Math.PI;
        bool burst = n.Chance(0.3);
        double burstStart = n.Uniform(0, seconds), burstLength = n.Uniform(0.5, 3), burstMv = n.Uniform(0.02, 0.1);
        for (int l = 0; l < leads.Length; l++)
        {
            double gain = n.Uniform(0.5, 1.5);
            var o = leads[l];
            for (int i = 0; i < o.Length; i++)
            {
                double t = i / sampleRateHz;
                double v = drift * gain * Math.Sin(driftPhase + l * 0.3 + 2 * Math.PI * driftHz * t);
                if (burst && t >= burstStart && t < burstStart + burstLength) v += burstMv * n.NextGaussian();
                o[i] += (float)v;
            }
        }
        return leads;
    }
}
