using System.Globalization;

namespace SleepFM.Pipeline;

/// <summary>
/// A recording's montage as one comparable string: its channels' modality, label and source rate, sorted.
/// Recordings of one cohort share it; different cohorts (sites, devices, mains) rarely do.
/// </summary>
public static class MontageSignature
{
    /// <summary>The signature of a channel list.</summary>
    public static string Of(IEnumerable<ManifestChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return string.Join(";", channels
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Modality}:{c.Label}@{c.SourceSampleRateHz:R}"))
            .Order(StringComparer.Ordinal));
    }

    /// <summary>The signature of every shard of a prepared dataset, from the manifests beside the shards.</summary>
    /// <exception cref="InvalidDataException">A shard's manifest is missing or unreadable (names the file).</exception>
    public static IReadOnlyDictionary<string, string> ByShard(PreparedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shard in dataset.Windows.Select(w => w.Shard).Distinct(StringComparer.Ordinal))
        {
            string path = Path.ChangeExtension(dataset.ShardPath(shard), ShardLayout.ManifestExtension);
            var manifest = PipelineJson.TryRead<RecordingManifest>(path)
                ?? throw new InvalidDataException($"{path}: the recording manifest is missing or unreadable, so its montage is unknown.");
            result[shard] = Of(manifest.Channels);
        }
        return result;
    }
}
