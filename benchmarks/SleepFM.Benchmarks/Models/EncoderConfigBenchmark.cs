using SleepFM.Models;

namespace SleepFM.Benchmarks.Models;

/// <summary>
/// Not a measurement: prints a preset's <see cref="EncoderConfig"/> JSON so benchmarks/encoder/run.sh can give
/// pytorch_train.py exactly the sizes the C# side trains. Argument: preset name (default small).
/// </summary>
public sealed class EncoderConfigBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "encoder-config";

    /// <inheritdoc />
    public string Description => "print an encoder preset's config JSON (helper for benchmarks/encoder/run.sh)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        Console.WriteLine(EncoderConfig.FromPreset(args.Length > 0 ? args[0] : "small").ToJson());
        return 0;
    }
}
