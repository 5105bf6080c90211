using SleepFM.Channels;
using SleepFM.IO;
using SleepFM.IO.Wfdb;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// The 12-lead channel order of the ECG recipes (I, II, III, aVR, aVL, aVF, V1–V6) and the WFDB reading that enforces
/// it. Every record stores the leads in this order, so a lead ablation can mask slot k and mean the same lead everywhere.
/// </summary>
public static class EcgLeads
{
    /// <summary>Stored lead names, in storage order.</summary>
    public static IReadOnlyList<string> Standard12 { get; } = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"];

    /// <summary>The standard lead a raw label names (case-insensitive; CODE-15%'s DI/DII/DIII spellings too), or null.</summary>
    public static string? Canonical(string rawLabel)
    {
        var s = rawLabel.Trim();
        if (s.StartsWith("ECG ", StringComparison.OrdinalIgnoreCase)) s = s[4..].Trim();
        s = s.ToUpperInvariant() switch { "DI" => "I", "DII" => "II", "DIII" => "III", var other => other };
        return Standard12.FirstOrDefault(l => l.Equals(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Opens a WFDB record and plans one window: its first <paramref name="windowSeconds"/> (records shorter than that
    /// get no window). The leads are read once, in mV (invalid samples become 0, so filtering never meets NaN).
    /// </summary>
    /// <param name="headerPath">The record's .hea path.</param>
    /// <param name="windowSeconds">Window length, seconds.</param>
    /// <param name="labelsOf">The record's label flags, from its header (e.g. the <c>#Dx</c> codes).</param>
    /// <exception cref="DatasetLayoutException">A standard lead is missing.</exception>
    /// <exception cref="WfdbFormatException">The record is unreadable.</exception>
    public static SourceRecording OpenWfdb(string headerPath, double windowSeconds, Func<WfdbHeader, IReadOnlyList<int>> labelsOf)
    {
        var record = WfdbRecord.Open(headerPath);
        var names = record.Header.Signals.Select(s => Canonical(s.Description)).ToList();
        var indices = new int[Standard12.Count];
        for (int l = 0; l < indices.Length; l++)
        {
            indices[l] = names.IndexOf(Standard12[l]);
            if (indices[l] < 0)
                throw new DatasetLayoutException(headerPath, $"lead {Standard12[l]} is missing (signals: {string.Join(", ", record.Header.SignalNames)})");
        }
        double duration = record.FrameCount / record.Header.FrameRateHz;
        var data = new Lazy<float[][]>(() => record.ReadPhysical(indices, 0, checked((int)record.FrameCount)), LazyThreadSafetyMode.ExecutionAndPublication);
        var channels = Enumerable.Range(0, indices.Length).Select(l => new SourceChannel(Standard12[l], Modality.ECG, null,
            record.Header.FrameRateHz * record.Header.Signals[indices[l]].SamplesPerFrame, () => WithoutNaN(data.Value[l]))).ToList();
        var windows = duration + 1e-9 >= windowSeconds ? new List<LabelledWindow> { new(0, labelsOf(record.Header)) } : [];
        return new SourceRecording(channels, windows, duration, record.Warnings.ToList(), null);
    }

    /// <summary>Channels over leads already in memory (e.g. a CODE-15% tracing), in <see cref="Standard12"/> order.</summary>
    /// <param name="leads">[12][T] in mV, in <see cref="Standard12"/> order.</param>
    /// <param name="sampleRateHz">Rate, Hz.</param>
    public static IReadOnlyList<SourceChannel> FromArrays(float[][] leads, double sampleRateHz) =>
        Enumerable.Range(0, Standard12.Count).Select(l => new SourceChannel(Standard12[l], Modality.ECG, null, sampleRateHz, () => WithoutNaN(leads[l]))).ToList();

    static float[] WithoutNaN(float[] x)
    {
        var copy = (float[])x.Clone();
        for (int i = 0; i < copy.Length; i++) if (float.IsNaN(copy[i])) copy[i] = 0;
        return copy;
    }
}
