using SleepFM.Channels;
using SleepFM.IO.Edf;

namespace SleepFM.Datasets;

/// <summary>
/// Picks an EDF recording's channels for a dataset: each data signal is described by
/// <see cref="ChannelCatalog"/>, and per modality the first ones in file order are kept up to a cap.
/// Voltages are read in µV; other units (SpO2 %, flow) in their physical unit.
/// </summary>
public static class EdfChannelSelection
{
    /// <summary>Selects channels of the given modalities, grouped in the given order.</summary>
    /// <param name="edf">An open recording; the returned readers use it, so keep it open while reading.</param>
    /// <param name="modalities">Modalities to keep, in storage order (e.g. <see cref="ModalityLimits.PretrainingModalities"/>).</param>
    /// <param name="maxChannels">Cap per modality; null = <see cref="ModalityLimits.MaxChannels(Modality)"/>.</param>
    /// <returns>The selected channels; empty when none matches.</returns>
    public static IReadOnlyList<SourceChannel> Select(EdfRecording edf, IReadOnlyList<Modality> modalities, Func<Modality, int>? maxChannels = null)
    {
        var signals = edf.DataSignals;
        var described = ChannelCatalog.Describe(signals.Select(s => s.Label));
        var selected = new List<SourceChannel>();
        foreach (var modality in modalities)
        {
            int cap = maxChannels?.Invoke(modality) ?? ModalityLimits.MaxChannels(modality);
            foreach (int i in ChannelCatalog.SelectIndices(described, modality, cap))
            {
                var signal = signals[i];
                int index = signal.Index;
                Func<float[]> read = signal.ScaleToMicrovolts is null
                    ? () => edf.ReadPhysicalSingle(index)
                    : () => edf.ReadMicrovolts(index);
                selected.Add(new SourceChannel(signal.Label, modality, described[i].Position, signal.SampleRateHz, read));
            }
        }
        return selected;
    }

    /// <summary>Length of the continuous data, seconds: records × record duration.</summary>
    /// <exception cref="EdfFormatException">The file is discontinuous (EDF+D), which fixed windows cannot span.</exception>
    public static double ContinuousDurationSeconds(EdfRecording edf)
    {
        if (edf.Header.IsDiscontinuous)
            throw new EdfFormatException(edf.FilePath, "reserved (EDF+D)", 192,
                "is a discontinuous recording (EDF+D); the pipeline cuts windows from continuous data only. Convert it or split it into segments first");
        return edf.Header.RecordCount * edf.Header.RecordDurationSeconds;
    }
}
