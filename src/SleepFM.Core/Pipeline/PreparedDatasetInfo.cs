using System.Text.Json;
using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>
/// <c>dataset.json</c>, next to the shards: how the dataset was made (recipe, source, preprocessing chain, rate,
/// window, dtype, format version) and what it holds (counts, widest channel sets).
/// </summary>
/// <param name="FormatVersion">Shard layout version.</param>
/// <param name="Recipe">Recipe name.</param>
/// <param name="Source">Source folder, absolute.</param>
/// <param name="Chain">The preprocessing chain, as <see cref="Signals.PreprocessingChain.ToJson"/> writes it.</param>
/// <param name="SampleRateHz">Rate of the stored samples, Hz.</param>
/// <param name="WindowSeconds">Window length, seconds.</param>
/// <param name="WindowSamples">T.</param>
/// <param name="Dtype">"float16" or "float32".</param>
/// <param name="Container">Shard container, e.g. "HDF5 (PureHDF 2.2), contiguous, uncompressed".</param>
/// <param name="Labels">Label space.</param>
/// <param name="Splits">Split settings.</param>
/// <param name="RecordingsTotal">Recordings the recipe found in the source.</param>
/// <param name="RecordingsPrepared">Recordings with a manifest (done).</param>
/// <param name="WindowCount">Windows in index.csv.</param>
/// <param name="SubjectCount">Distinct subjects prepared.</param>
/// <param name="MaxChannels">Widest channel set of any shard (C of a flat batch).</param>
/// <param name="MaxChannelsPerModality">Per modality, most channels of any shard (C_m of a grouped batch).</param>
/// <param name="Complete">True when every recording found is prepared.</param>
public sealed record PreparedDatasetInfo(
    int FormatVersion, string Recipe, string Source, JsonElement Chain, double SampleRateHz, double WindowSeconds, int WindowSamples,
    string Dtype, string Container, LabelSpace Labels, SplitSettings Splits, int RecordingsTotal, int RecordingsPrepared,
    long WindowCount, int SubjectCount, int MaxChannels, IReadOnlyDictionary<string, int> MaxChannelsPerModality, bool Complete)
{
    /// <summary>File name inside the prepared folder.</summary>
    public const string FileName = "dataset.json";

    /// <summary>Stored precision.</summary>
    public ShardPrecision Precision => Dtype == "float32" ? ShardPrecision.Float32 : ShardPrecision.Float16;
}
