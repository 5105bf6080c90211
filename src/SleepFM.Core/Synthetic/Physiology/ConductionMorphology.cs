namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// One person's beat template for a set of conduction findings, with the person-to-person spread of a
/// real population: PR and QRS durations overlap the diagnostic cut-offs near their edges, the electrical
/// axis rotates (frontal ±22°, horizontal ±12°), and P, T and overall amplitudes vary. The wake ECG sets and
/// the sleep nights both draw from here, so a bundle branch block looks the same asleep and awake.
/// </summary>
internal static class ConductionMorphology
{
    /// <summary>Draws the template.</summary>
    /// <param name="f">The findings (the rate flags are ignored; rhythm is the caller's).</param>
    /// <param name="r">The stream to draw from.</param>
    public static EcgMorphology Draw(EcgFindings f, SynthRandom r)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(r);
        var template = f.Lbbb ? EcgMorphology.LeftBundleBranchBlock : f.Rbbb ? EcgMorphology.RightBundleBranchBlock : EcgMorphology.Normal;
        double qrs = f.Lbbb ? r.Uniform(125, 175) : f.Rbbb ? r.Uniform(120, 160) : r.ClippedGaussian(92, 10, 70, 116);
        double stretch = qrs / template.QrsDurationMs;
        double frontal = r.Gaussian(0, 22) * Math.PI / 180, horizontal = r.Gaussian(0, 12) * Math.PI / 180;
        CardiacVector Rotate(CardiacVector v)
        {
            double x = v.X * Math.Cos(frontal) - v.Y * Math.Sin(frontal), y = v.X * Math.Sin(frontal) + v.Y * Math.Cos(frontal);
            double x2 = x * Math.Cos(horizontal) - v.Z * Math.Sin(horizontal), z = x * Math.Sin(horizontal) + v.Z * Math.Cos(horizontal);
            return new CardiacVector(x2, y, z);
        }
        return template with
        {
            PrIntervalMs = f.FirstDegreeAvBlock ? r.Uniform(205, 320) : r.ClippedGaussian(158, 20, 110, 200),
            QrsDurationMs = qrs,
            QtcMs = r.ClippedGaussian(f.Lbbb || f.Rbbb ? 450 : 415, 20, 360, 500),
            QrsWaves = template.QrsWaves.Select(w => new EcgWave(w.OffsetMs * stretch, w.WidthMs * stretch, Rotate(w.Vector))).ToList(),
            TWave = template.TWave with { Vector = Rotate(template.TWave.Vector) * r.Uniform(0.6, 1.4) },
            PWave = f.AtrialFibrillation ? null : template.PWave! with { Vector = Rotate(template.PWave!.Vector) * r.Uniform(0.6, 1.4) },
            FibrillatoryWavesMv = f.AtrialFibrillation ? r.Uniform(0.02, 0.1) : 0,
            AmplitudeScale = Math.Clamp(Math.Exp(r.Gaussian(0, 0.25)), 0.4, 2.5),
        };
    }
}
