using SleepFM.Channels;

namespace SleepFM.Datasets;

/// <summary>
/// One channel of an opened recording that the recipe selected for the dataset, read lazily so the
/// pipeline holds one channel of a night in memory at a time.
/// </summary>
/// <param name="Label">The raw label as recorded (e.g. <c>EEG C3-M2</c>).</param>
/// <param name="Modality">The modality it feeds.</param>
/// <param name="Position">Unit-sphere head position for the channel positional encoding, or null.</param>
/// <param name="SampleRateHz">Rate of the stored samples, Hz, &gt; 0.</param>
/// <param name="Read">Reads the whole channel: µV for voltages, the physical unit otherwise (z-scoring removes the unit).</param>
public sealed record SourceChannel(
    string Label, Modality Modality, ElectrodePosition? Position, double SampleRateHz, Func<float[]> Read);
