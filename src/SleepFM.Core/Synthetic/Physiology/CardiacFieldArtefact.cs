namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// The ECG artefact of EEG and EOG (the cardiac field, AASM's "ECG artifact"): the heart's potential reaches
/// the head, most at the mastoids and ears, so mastoid- or ear-referenced derivations carry a small QRS at
/// every beat while bipolar scalp derivations carry almost none. Each electrode sees the lead-II waveform scaled by a
/// subject gain (neck and body habitus), with opposite sign on the left and right side; a derivation sees the
/// difference of its two electrodes.
/// </summary>
internal static class CardiacFieldArtefact
{
    /// <summary>Adds the artefact to EEG/EOG signals in µV.</summary>
    /// <param name="signals">[derivation][sample] in µV, changed in place.</param>
    /// <param name="derivations">The derivation of each signal.</param>
    /// <param name="beats">R-peak times, seconds.</param>
    /// <param name="morphology">The subject's beat template.</param>
    /// <param name="sampleRateHz">The signals' rate.</param>
    /// <param name="random">The stream to draw the subject's gain from.</param>
    public static void Add(float[][] signals, IReadOnlyList<EegDerivation> derivations, IReadOnlyList<double> beats, EcgMorphology morphology,
        double sampleRateHz, SynthRandom random)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(derivations);
        if (signals.Length != derivations.Count) throw new ArgumentException("One derivation per signal is required.", nameof(derivations));
        if (signals.Length == 0) return;
        // 2–20 µV of artefact per mV of lead II at a mastoid, log-uniform across people.
        double gainUvPerMv = Math.Exp(random.Uniform(Math.Log(2), Math.Log(20)));
        var ecg = EcgSynthesizer.Generate(beats, morphology, [EcgLead.II], sampleRateHz, signals[0].Length, random.Derive("field"), noiseMv: 0)[0];
        for (int k = 0; k < signals.Length; k++)
        {
            double weight = Weight(derivations[k].Active) - (derivations[k].Reference is { } reference ? Weight(reference) : 0);
            if (weight != 0) FloatKernels.AddScaled(signals[k], ecg, (float)(gainUvPerMv * weight));
        }
    }

    /// <summary>Relative cardiac field at an electrode: ±1 at the mastoids and ears (left +, right −), 0.1 elsewhere on the left, −0.1 on the right.</summary>
    internal static double Weight(string electrode)
    {
        string e = electrode.Trim().ToUpperInvariant();
        if (e is "M1" or "A1") return 1;
        if (e is "M2" or "A2") return -1;
        if (e == EegDerivation.AverageReference || e.Length == 0) return 0;
        char last = e[^1];
        if (!char.IsDigit(last)) return 0; // midline (Cz, Fz, Pz, Oz)
        return (last - '0') % 2 == 1 ? 0.1 : -0.1; // odd numbers are left, even right (10–20 system)
    }
}
