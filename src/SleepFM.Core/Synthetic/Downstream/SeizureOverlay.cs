namespace SleepFM.Synthetic.Downstream;

/// <summary>Draws evolving rhythmic seizure discharges (frequency 6–9 Hz sweeping down to 2.5–4 Hz, amplitude growing, field spreading from a focus).</summary>
internal static class SeizureOverlay
{
    static readonly string[] Foci = ["T7", "T8", "F7", "F8", "C3", "C4", "P7", "P8", "O1", "O2", "F3", "F4", "Fp1", "Fp2", "Cz"];

    /// <summary>One seizure over [onset, onset + duration); amplitudes 25–110 µV so some are subtle.</summary>
    public static EegOverlay Draw(double onsetSeconds, double durationSeconds, SynthRandom r) =>
        new(EegOverlayKind.Seizure, onsetSeconds, durationSeconds, r.Uniform(25, 110), Foci[r.NextInt(Foci.Length)],
            r.Uniform(0.3, 0.5), 0, r.Uniform(6, 9), r.Uniform(2.5, 4));
}
