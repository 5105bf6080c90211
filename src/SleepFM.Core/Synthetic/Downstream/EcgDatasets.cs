using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>Shared pieces of the ECG dataset generators.</summary>
internal static class EcgDatasets
{
    /// <summary>Label prevalences (1dAVb, RBBB, LBBB, SB, ST, AF) raised to a floor; zero stays zero (a label the dataset lacks).</summary>
    public static double[] Floor(double[] prevalence, double floor) => prevalence.Select(p => p == 0 ? 0 : Math.Max(p, floor)).ToArray();

    /// <summary>A person for an ECG record (adult, the site's mains frequency).</summary>
    public static SubjectProfile Person(string id, SynthRandom r, double lineHz) => SubjectProfile.Draw(id, r, 18, 90, lineHz);

    /// <summary>Samples per record at a rate.</summary>
    public static int Samples(double rateHz, double seconds) => (int)Math.Round(rateHz * seconds);

    /// <summary>Records carrying each task label: one (name, selector) per class of the task.</summary>
    public static int Count(IEnumerable<EcgFindings> reported, Func<EcgFindings, bool> selector) => reported.Count(selector);

    /// <summary>Selector of a task label name (1dAVb, RBBB, LBBB, SB, ST, AF).</summary>
    public static Func<EcgFindings, bool> Selector(string label) => label switch
    {
        "1dAVb" => f => f.FirstDegreeAvBlock,
        "RBBB" => f => f.Rbbb,
        "LBBB" => f => f.Lbbb,
        "SB" => f => f.SinusBradycardia,
        "ST" => f => f.SinusTachycardia,
        "AF" => f => f.AtrialFibrillation,
        _ => throw new ArgumentException($"Unknown ECG label '{label}'.", nameof(label)),
    };
}
