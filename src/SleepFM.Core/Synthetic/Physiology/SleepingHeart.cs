namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// A sleeper's heart: conduction and rhythm findings drawn with the age- and sex-dependent prevalence of an
/// older sleep-study population, and the beat template from <see cref="ConductionMorphology"/>, the same draw
/// the wake ECG sets use. Sleep recordings therefore hold the bundle branch blocks, long PR intervals and
/// atrial fibrillation that the ECG tasks ask about, at the rates a sleep cohort has them.
/// </summary>
/// <param name="Findings">Conduction and rhythm findings (the rate flags stay false: night rates come from the stages).</param>
/// <param name="Morphology">Beat template.</param>
/// <param name="FibrillationIrregularity">RR irregularity of atrial fibrillation, 0.1–0.25 (0 in sinus rhythm).</param>
internal sealed record SleepingHeart(EcgFindings Findings, EcgMorphology Morphology, double FibrillationIrregularity)
{
    /// <summary>
    /// Prevalences (1dAVb, RBBB, LBBB, SB, ST, AF) at an age and sex. Each rises exponentially with age, as in
    /// population ECG surveys (at 60 / 80 years: AF 2.5 / 10 %, first-degree AV block 4 / 9 %, RBBB 2.5 / 7 % times
    /// 1.3 in men and 0.75 in women, LBBB 1 / 3.3 %).
    /// </summary>
    public static double[] Prevalence(double ageYears, SubjectSex sex)
    {
        double years = ageYears - 60;
        double male = sex == SubjectSex.Male ? 1.3 : 0.75;
        return
        [
            0.04 * Math.Exp(0.04 * years),
            Math.Min(0.3, 0.025 * male * Math.Exp(0.05 * years)),
            0.01 * Math.Exp(0.06 * years),
            0,
            0,
            Math.Min(0.3, 0.025 * Math.Exp(0.07 * years)),
        ];
    }

    /// <summary>Draws a subject's heart.</summary>
    /// <param name="subject">The subject (age and sex set the prevalences).</param>
    /// <param name="random">The subject's cardiac stream.</param>
    public static SleepingHeart Draw(SubjectProfile subject, SynthRandom random)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(random);
        var findings = EcgFindings.Draw(Prevalence(subject.AgeYears, subject.Sex), random.Derive("findings"));
        var morphology = ConductionMorphology.Draw(findings, random.Derive("template"));
        double irregularity = findings.AtrialFibrillation ? random.Derive("fibrillation").Uniform(0.1, 0.25) : 0;
        return new SleepingHeart(findings, morphology, irregularity);
    }

    /// <summary>An epoch's cardiac state under this heart: atrial fibrillation replaces the sinus modulation with irregular RR.</summary>
    public CardiacState Apply(CardiacState sinus) =>
        FibrillationIrregularity > 0 ? sinus with { Irregularity = FibrillationIrregularity } : sinus;
}
