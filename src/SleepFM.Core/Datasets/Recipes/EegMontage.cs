using SleepFM.Channels;
using SleepFM.IO;
using SleepFM.IO.Edf;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// The fixed channel orders of the downstream EEG recipes, and the EDF channel picking that enforces them. Every
/// recording of a dataset stores the same channels in the same order, so a channel ablation can mask slot k and mean
/// the same electrode everywhere.
/// </summary>
public static class EegMontage
{
    /// <summary>
    /// TUH (TUAB, TUEV, TUSL): the 19 electrodes of the 10-20 system in TUH's file order, old names (T3–T6). The ear
    /// references A1/A2 are left out: they are the reference, not scalp signal.
    /// </summary>
    public static IReadOnlyList<string> Tuh19 { get; } =
        ["FP1", "FP2", "F3", "F4", "C3", "C4", "P3", "P4", "O1", "O2", "F7", "F8", "T3", "T4", "T5", "T6", "FZ", "CZ", "PZ"];

    /// <summary>BrainCapture-like 19-electrode cap, modern 10-20 names.</summary>
    public static IReadOnlyList<string> TenTwenty19 { get; } =
        ["FP1", "FP2", "F7", "F3", "FZ", "F4", "F8", "T7", "C3", "CZ", "C4", "T8", "P7", "P3", "PZ", "P4", "P8", "O1", "O2"];

    /// <summary>
    /// CHB-MIT: the 16 double-banana channels plus the 2 midline ones (18). The duplicate <c>T8-P8</c>, the reversed
    /// <c>P7-T7</c> and the FT9/FT10 chain are left out: they repeat information and are missing from some real files.
    /// </summary>
    public static IReadOnlyList<string> ChbMit18 { get; } =
    [
        "FP1-F7", "F7-T7", "T7-P7", "P7-O1", "FP1-F3", "F3-C3", "C3-P3", "P3-O1",
        "FP2-F4", "F4-C4", "C4-P4", "P4-O2", "FP2-F8", "F8-T8", "T8-P8", "P8-O2", "FZ-CZ", "CZ-PZ",
    ];

    /// <summary>
    /// The montage name of a raw EDF label: upper case, without the <c>EEG </c> prefix and a reference suffix
    /// (<c>-REF</c>, <c>-LE</c>, <c>-AR</c>, <c>-AVG</c>), e.g. <c>EEG FP1-REF</c> → <c>FP1</c>; bipolar labels stay whole.
    /// </summary>
    public static string Normalise(string rawLabel)
    {
        var s = rawLabel.Trim().ToUpperInvariant();
        if (s.StartsWith("EEG ", StringComparison.Ordinal)) s = s[4..].Trim();
        foreach (var suffix in (string[])["-REF", "-LE", "-AR", "-AVG"])
            if (s.EndsWith(suffix, StringComparison.Ordinal)) { s = s[..^suffix.Length]; break; }
        return s;
    }

    /// <summary>
    /// Opens an EDF and picks the montage's channels in montage order (the first signal with a matching name wins, so
    /// CHB-MIT's repeated <c>T8-P8</c> is harmless), read in µV, stored under the montage name.
    /// </summary>
    /// <param name="file">EDF/EDF+ path.</param>
    /// <param name="montage">Channel names in storage order (see <see cref="Normalise"/>).</param>
    /// <param name="planWindows">Plans the labelled windows from the usable duration, seconds.</param>
    /// <exception cref="DatasetLayoutException">A montage channel is missing from the file.</exception>
    /// <exception cref="SignalFileException">The EDF is unreadable.</exception>
    public static SourceRecording Open(string file, IReadOnlyList<string> montage, Func<double, IReadOnlyList<LabelledWindow>> planWindows)
    {
        var edf = EdfFile.Open(file);
        try
        {
            double duration = EdfChannelSelection.ContinuousDurationSeconds(edf);
            var names = edf.DataSignals.Select(s => Normalise(s.Label)).ToList();
            var described = ChannelCatalog.Describe(montage);
            var channels = new List<SourceChannel>(montage.Count);
            for (int m = 0; m < montage.Count; m++)
            {
                int i = names.IndexOf(montage[m]);
                if (i < 0)
                    throw new DatasetLayoutException(file, $"channel '{montage[m]}' of the montage is missing (labels: {string.Join(", ", edf.DataSignals.Select(s => s.Label))})");
                var signal = edf.DataSignals[i];
                int index = signal.Index;
                Func<float[]> read = signal.ScaleToMicrovolts is null ? () => edf.ReadPhysicalSingle(index) : () => edf.ReadMicrovolts(index);
                channels.Add(new SourceChannel(montage[m], Modality.BAS, described[m].Position, signal.SampleRateHz, read));
                duration = Math.Min(duration, signal.SampleCount / signal.SampleRateHz);
            }
            return new SourceRecording(channels, planWindows(duration), duration, new List<ReadWarning>(edf.Warnings), edf);
        }
        catch
        {
            edf.Dispose();
            throw;
        }
    }

    /// <summary>TUH naming: the subject is the file name up to its first '_' (<c>aaaaaowb_s001_t000.edf</c> → <c>aaaaaowb</c>).</summary>
    public static string TuhSubject(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        int cut = name.IndexOf('_');
        return cut > 0 ? name[..cut] : name;
    }

    /// <summary>True when a '/'-separated relative path has a folder named <paramref name="segment"/> (case-insensitive).</summary>
    public static bool HasFolder(string relativePath, string segment) =>
        relativePath.Split('/').SkipLast(1).Any(s => s.Equals(segment, StringComparison.OrdinalIgnoreCase));
}
