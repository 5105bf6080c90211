namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// The channel layouts of the synthetic downstream EEG datasets, copied from the real corpora so a
/// loader written against a real download reads them unchanged.
/// </summary>
public static class DownstreamMontages
{
    /// <summary>
    /// TUH EEG referential electrodes in TUH's file order (old 10-20 names T3–T6; A1/A2 are the ear
    /// electrodes), labelled <c>EEG &lt;NAME&gt;-REF</c> in the EDF files (<see cref="TuhLabel"/>).
    /// </summary>
    public static IReadOnlyList<string> TuhElectrodes { get; } =
        ["FP1", "FP2", "F3", "F4", "C3", "C4", "P3", "P4", "O1", "O2", "F7", "F8", "T3", "T4", "T5", "T6", "A1", "A2", "FZ", "CZ", "PZ"];

    /// <summary>
    /// The 22-channel TCP (temporal central parasagittal) bipolar montage that TUEV's <c>.rec</c>
    /// channel numbers index, 0-based, in TUH's order.
    /// </summary>
    public static IReadOnlyList<(string Active, string Reference)> TcpMontage { get; } =
    [
        ("FP1", "F7"), ("F7", "T3"), ("T3", "T5"), ("T5", "O1"),
        ("FP2", "F8"), ("F8", "T4"), ("T4", "T6"), ("T6", "O2"),
        ("A1", "T3"), ("T3", "C3"), ("C3", "CZ"), ("CZ", "C4"), ("C4", "T4"), ("T4", "A2"),
        ("FP1", "F3"), ("F3", "C3"), ("C3", "P3"), ("P3", "O1"),
        ("FP2", "F4"), ("F4", "C4"), ("C4", "P4"), ("P4", "O2"),
    ];

    /// <summary>
    /// CHB-MIT's 23 bipolar channels (the double-banana plus the FT9/FT10 chain) at 256 Hz, in file
    /// order. <c>T8-P8</c> appears twice, exactly as in the real files (MNE renames the copies
    /// <c>T8-P8-0</c>/<c>T8-P8-1</c>).
    /// </summary>
    public static IReadOnlyList<string> ChbMitChannels { get; } =
    [
        "FP1-F7", "F7-T7", "T7-P7", "P7-O1", "FP1-F3", "F3-C3", "C3-P3", "P3-O1",
        "FP2-F4", "F4-C4", "C4-P4", "P4-O2", "FP2-F8", "F8-T8", "T8-P8", "P8-O2",
        "FZ-CZ", "CZ-PZ", "P7-T7", "T7-FT9", "FT9-FT10", "FT10-T8", "T8-P8",
    ];

    /// <summary>BrainCapture-like portable cap: the 19 electrodes of the 10-20 system (modern names), average-referenced.</summary>
    public static IReadOnlyList<string> BrainCaptureElectrodes { get; } =
        ["Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T7", "C3", "Cz", "C4", "T8", "P7", "P3", "Pz", "P4", "P8", "O1", "O2"];

    /// <summary>TUH's EDF label of a referential electrode, e.g. <c>EEG FP1-REF</c>.</summary>
    /// <param name="electrode">An entry of <see cref="TuhElectrodes"/>.</param>
    public static string TuhLabel(string electrode) => $"EEG {electrode}-REF";

    /// <summary>The TCP channel name as TUH writes it, e.g. <c>FP1-F7</c>.</summary>
    /// <param name="index">0–21.</param>
    public static string TcpLabel(int index) => $"{TcpMontage[index].Active}-{TcpMontage[index].Reference}";
}
