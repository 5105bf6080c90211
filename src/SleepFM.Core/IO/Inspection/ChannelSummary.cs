using SleepFM.Channels;

namespace SleepFM.IO.Inspection;

/// <summary>One channel of a <see cref="RecordingSummary"/>.</summary>
/// <param name="Index">0-based position among the file's signal channels.</param>
/// <param name="Label">The label as stored in the file.</param>
/// <param name="Name">Normalised name (e.g. "C4-M1", "FC5", "ECG II").</param>
/// <param name="Modality">BAS, ECG, RESP, EMG or Other.</param>
/// <param name="ModalityReason">Why the channel got that modality.</param>
/// <param name="Position">3-D electrode position on the unit sphere (x right, y front, z up), or null.</param>
/// <param name="SampleRateHz">Samples per second.</param>
/// <param name="Unit">Physical unit as stored (e.g. "uV", "mV", "%").</param>
/// <param name="SampleCount">Samples in the channel.</param>
/// <param name="Mean">Mean in <see cref="Unit"/> (with --stats), else null.</param>
/// <param name="StandardDeviation">Population standard deviation in <see cref="Unit"/> (with --stats), else null.</param>
public sealed record ChannelSummary(
    int Index,
    string Label,
    string Name,
    Modality Modality,
    string ModalityReason,
    ElectrodePosition? Position,
    double SampleRateHz,
    string Unit,
    long SampleCount,
    double? Mean,
    double? StandardDeviation);
