using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>Seeded inputs for the encoder tests, drawn from private generators so tests running in parallel can't disturb them.</summary>
static class EncoderTestData
{
    public static Tensor Signal(long clips, long channels, long tokens, ulong seed = 1, long tokenSamples = 128) =>
        randn([clips, channels, tokens * tokenSamples], generator: new Generator(seed));

    public static Tensor AllReal(long clips, long channels) => ones(clips, channels, dtype: ScalarType.Bool);

    /// <summary>Max |a − b|.</summary>
    public static double MaxAbsDifference(Tensor a, Tensor b)
    {
        using var d = (a - b).abs().max();
        return d.to(ScalarType.Float64).item<double>();
    }
}
