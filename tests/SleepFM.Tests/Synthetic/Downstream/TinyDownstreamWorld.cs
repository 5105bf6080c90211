using SleepFM.Synthetic.Downstream;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Synthetic.Downstream;

/// <summary>One tiny downstream world (seed 7) generated once and shared by the downstream tests (~2–3 s).</summary>
public sealed class TinyDownstreamWorld : IDisposable
{
    /// <summary>The seed used.</summary>
    public const int Seed = 7;
    readonly TempDirectory directory = new();

    /// <summary>Generates the world.</summary>
    public TinyDownstreamWorld() => Manifest = DownstreamWorld.Generate(directory.Path, DownstreamPreset.Tiny, Seed);

    /// <summary>The generation result.</summary>
    public DownstreamManifest Manifest { get; }

    /// <summary>Root folder.</summary>
    public string Root => directory.Path;

    /// <summary>Path under the root.</summary>
    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <inheritdoc />
    public void Dispose() => directory.Dispose();
}

/// <summary>Shares <see cref="TinyDownstreamWorld"/> across the downstream test classes.</summary>
[CollectionDefinition(Name)]
public sealed class TinyDownstreamCollection : ICollectionFixture<TinyDownstreamWorld>
{
    /// <summary>Collection name.</summary>
    public const string Name = "tiny downstream world";
}
