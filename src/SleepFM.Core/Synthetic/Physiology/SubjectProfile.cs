namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// One synthetic subject's fixed traits, drawn once from the seed. Every generator scales its
/// stage-typical parameters by these, so subjects differ the way real ones do (alpha frequency,
/// amplitudes, noise, apnea severity, heart rate) and a model cannot key on a single constant.
/// </summary>
/// <param name="SubjectId">Identifier used in file names and CSVs, e.g. <c>shhs-like-0003</c>.</param>
/// <param name="AgeYears">Age in years, 18–90.</param>
/// <param name="Sex">Sex.</param>
/// <param name="IndividualAlphaHz">Individual alpha frequency, 8–12 Hz (falls with age).</param>
/// <param name="SpindleHz">Centre frequency of this subject's sleep spindles, 11.5–15 Hz.</param>
/// <param name="EegAmplitudeScale">Multiplies all cortical EEG amplitudes (skull thickness, age), 0.5–1.6.</param>
/// <param name="EogAmplitudeScale">Multiplies eye-movement potentials, 0.5–1.6.</param>
/// <param name="EmgAmplitudeScale">Multiplies chin/leg EMG, 0.4–2.</param>
/// <param name="NoiseUv">Amplifier and electrode noise, µV RMS, 0.3–3.</param>
/// <param name="LineFrequencyHz">Mains frequency, 50 or 60 Hz.</param>
/// <param name="LineNoiseUv">Common-mode line interference amplitude, µV, 0–8.</param>
/// <param name="ArtefactsPerHour">Electrode pops and movement artefacts per hour, 0–30.</param>
/// <param name="ApneaHypopneaIndex">Respiratory events per hour of sleep (AHI), 0–60.</param>
/// <param name="CentralApneaFraction">Share of apneas that are central, 0–1.</param>
/// <param name="RestingHeartRateBpm">Heart rate in stable N2, 45–85 bpm.</param>
/// <param name="HeartRateVariabilityScale">Multiplies all RR variability, 0.3–2 (falls with age).</param>
/// <param name="BreathingRatePerMinute">Breaths per minute in stable N2, 10–20.</param>
/// <param name="BaselineSpO2Percent">Oxygen saturation between events, 92–99 %.</param>
public sealed record SubjectProfile(
    string SubjectId,
    double AgeYears,
    SubjectSex Sex,
    double IndividualAlphaHz,
    double SpindleHz,
    double EegAmplitudeScale,
    double EogAmplitudeScale,
    double EmgAmplitudeScale,
    double NoiseUv,
    double LineFrequencyHz,
    double LineNoiseUv,
    double ArtefactsPerHour,
    double ApneaHypopneaIndex,
    double CentralApneaFraction,
    double RestingHeartRateBpm,
    double HeartRateVariabilityScale,
    double BreathingRatePerMinute,
    double BaselineSpO2Percent)
{
    /// <summary>
    /// Draws a subject. Age-dependent traits follow the literature's direction: alpha frequency,
    /// EEG amplitude and HRV fall with age; AHI rises with age and is higher in men.
    /// </summary>
    /// <param name="subjectId">Identifier to carry.</param>
    /// <param name="random">The subject's own stream.</param>
    /// <param name="minAgeYears">Youngest age, ≥ 18.</param>
    /// <param name="maxAgeYears">Oldest age, ≤ 90 and ≥ <paramref name="minAgeYears"/>.</param>
    /// <param name="lineFrequencyHz">The site's mains frequency, 50 or 60.</param>
    public static SubjectProfile Draw(string subjectId, SynthRandom random, double minAgeYears = 25, double maxAgeYears = 80, double lineFrequencyHz = 60)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(random);
        if (!(minAgeYears >= 18 && maxAgeYears <= 90 && maxAgeYears >= minAgeYears))
            throw new ArgumentOutOfRangeException(nameof(minAgeYears), $"Age range [{minAgeYears}, {maxAgeYears}] must lie within [18, 90].");
        if (lineFrequencyHz is not (50 or 60))
            throw new ArgumentOutOfRangeException(nameof(lineFrequencyHz), lineFrequencyHz, "Mains frequency must be 50 or 60 Hz.");
        double age = random.Uniform(minAgeYears, maxAgeYears);
        var sex = random.Chance(0.5) ? SubjectSex.Female : SubjectSex.Male;
        double ageFactor = (age - 50) / 30; // about −1 (20 y) … +1 (80 y)
        double iaf = random.ClippedGaussian(10.2 - 0.5 * ageFactor, 0.6, 8.2, 11.8);
        double spindle = random.ClippedGaussian(13.2, 0.6, 11.8, 14.8);
        double eeg = random.ClippedGaussian(1.0 - 0.15 * ageFactor, 0.18, 0.55, 1.6);
        double ahiMedian = Math.Exp(1.6 + 0.9 * ageFactor + (sex == SubjectSex.Male ? 0.4 : 0));
        double ahi = Math.Clamp(ahiMedian * Math.Exp(random.Gaussian(0, 0.7)), 0.5, 60);
        return new SubjectProfile(
            subjectId,
            Math.Round(age, 1),
            sex,
            iaf,
            spindle,
            eeg,
            random.ClippedGaussian(1.0, 0.2, 0.5, 1.6),
            random.ClippedGaussian(1.0, 0.3, 0.4, 2.0),
            random.ClippedGaussian(1.0, 0.4, 0.3, 3.0),
            lineFrequencyHz,
            random.Uniform(0.2, 4.0),
            random.Uniform(1, 12),
            ahi,
            random.Uniform(0.03, 0.3),
            random.ClippedGaussian(62 - (sex == SubjectSex.Female ? -3 : 0), 6, 45, 85),
            random.ClippedGaussian(1.0 - 0.25 * ageFactor, 0.2, 0.3, 2.0),
            random.ClippedGaussian(14, 1.8, 10, 20),
            random.ClippedGaussian(96.5 - 0.8 * ageFactor, 0.9, 92, 99));
    }
}
