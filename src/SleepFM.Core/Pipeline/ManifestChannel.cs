using SleepFM.Channels;

namespace SleepFM.Pipeline;

/// <summary>One stored channel as listed in a <see cref="RecordingManifest"/>.</summary>
/// <param name="Label">Raw label.</param>
/// <param name="Modality">Modality.</param>
/// <param name="SourceSampleRateHz">Rate in the source file, Hz.</param>
/// <param name="Position">Position, or null when unknown.</param>
/// <param name="Steps">Preprocessing steps actually run (with the removed mean/std).</param>
public sealed record ManifestChannel(string Label, Modality Modality, double SourceSampleRateHz, ElectrodePosition? Position, IReadOnlyList<string> Steps);
