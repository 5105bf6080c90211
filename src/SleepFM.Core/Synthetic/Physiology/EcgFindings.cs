namespace SleepFM.Synthetic.Physiology;

/// <summary>The conduction and rhythm findings of the ECG tasks, as flags (several may be true).</summary>
/// <param name="FirstDegreeAvBlock">PR &gt; 200 ms.</param>
/// <param name="Rbbb">Right bundle branch block.</param>
/// <param name="Lbbb">Left bundle branch block.</param>
/// <param name="SinusBradycardia">Sinus rhythm below 60 bpm.</param>
/// <param name="SinusTachycardia">Sinus rhythm above 100 bpm.</param>
/// <param name="AtrialFibrillation">Atrial fibrillation.</param>
internal sealed record EcgFindings(bool FirstDegreeAvBlock, bool Rbbb, bool Lbbb, bool SinusBradycardia, bool SinusTachycardia, bool AtrialFibrillation)
{
    /// <summary>True when no finding is present.</summary>
    public bool Normal => !(FirstDegreeAvBlock || Rbbb || Lbbb || SinusBradycardia || SinusTachycardia || AtrialFibrillation);

    /// <summary>
    /// Draws findings with the given prevalences (order 1dAVb, RBBB, LBBB, SB, ST, AF), then removes
    /// impossible combinations: AF has no P wave (so no PR to prolong) and is not a sinus rhythm; the two
    /// bundle branch blocks exclude each other, as do brady- and tachycardia.
    /// </summary>
    public static EcgFindings Draw(IReadOnlyList<double> prevalence, SynthRandom r)
    {
        bool av = r.Chance(prevalence[0]), rb = r.Chance(prevalence[1]), lb = r.Chance(prevalence[2]);
        bool sb = r.Chance(prevalence[3]), st = r.Chance(prevalence[4]), af = r.Chance(prevalence[5]);
        if (rb && lb) { if (r.Chance(0.5)) rb = false; else lb = false; }
        if (sb && st) { if (r.Chance(0.5)) sb = false; else st = false; }
        if (af) { av = false; sb = false; st = false; }
        return new EcgFindings(av, rb, lb, sb, st, af);
    }

    /// <summary>The findings as task labels joined by <c>;</c> (1dAVb, RBBB, LBBB, SB, ST, AF order), empty when none.</summary>
    public string Codes() => string.Join(';', new[]
    {
        FirstDegreeAvBlock ? "1dAVb" : null, Rbbb ? "RBBB" : null, Lbbb ? "LBBB" : null,
        SinusBradycardia ? "SB" : null, SinusTachycardia ? "ST" : null, AtrialFibrillation ? "AF" : null,
    }.OfType<string>());

    /// <summary>
    /// The findings a reader reported: each true finding is missed with probability 4 % and each absent
    /// one over-called with probability 0.5 %, so no model can reach a perfect score (real labels are noisy too).
    /// </summary>
    public EcgFindings Reported(SynthRandom r)
    {
        bool Flip(bool v) => v ? !r.Chance(0.04) : r.Chance(0.005);
        return new EcgFindings(Flip(FirstDegreeAvBlock), Flip(Rbbb), Flip(Lbbb), Flip(SinusBradycardia), Flip(SinusTachycardia), Flip(AtrialFibrillation));
    }
}
