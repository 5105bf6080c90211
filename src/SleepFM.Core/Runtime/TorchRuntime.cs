using TorchSharp;

namespace SleepFM.Runtime;

/// <summary>Loads LibTorch once, picks the device, and pins threads for reproducible numbers.</summary>
public static class TorchRuntime
{
    static readonly Lazy<Exception?> LoadFailure = new(TryLoad);

    /// <summary>
    /// Loads the native libraries, or throws <see cref="TorchLoadException"/> with the underlying
    /// reason. TorchSharp's own message for a failed load blames a missing package even when the
    /// real cause is an old libstdc++, so the original exception is kept as the inner one.
    /// </summary>
    public static void EnsureLoaded()
    {
        if (LoadFailure.Value is { } failure)
            throw new TorchLoadException(
                "LibTorch could not be loaded: " + Describe(failure) +
                " Rebuild the solution (the build makes libLibTorchSharp.so loadable on older libstdc++), then run 'sleepfm info --verbose'.",
                failure);
    }

    static Exception? TryLoad()
    {
        try
        {
            OpenMpWaitPolicy.PreferPassive();
            torch.InitializeDeviceType(DeviceType.CPU);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e;
        }
    }

    static string Describe(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        return innermost.Message.ReplaceLineEndings(" ").Trim();
    }

    /// <summary>
    /// The device work runs on: CUDA when available, else CPU. The environment variable
    /// <c>SLEEPFM_DEVICE</c> (<c>cpu</c>, <c>cuda</c>, <c>cuda:1</c>) overrides the choice.
    /// </summary>
    public static torch.Device DefaultDevice()
    {
        EnsureLoaded();
        var requested = Environment.GetEnvironmentVariable("SLEEPFM_DEVICE");
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var device = new torch.Device(requested.Trim());
            if (device.type == DeviceType.CUDA && !torch.cuda.is_available())
                throw new TorchLoadException($"SLEEPFM_DEVICE={requested} asks for CUDA, but no CUDA device or CUDA build of LibTorch is available.");
            return device;
        }
        return torch.cuda.is_available() ? torch.CUDA : torch.CPU;
    }

    /// <summary>The LibTorch version TorchSharp is bound to, e.g. "2.10.0".</summary>
    public static string LibTorchVersion()
    {
        EnsureLoaded();
        var version = torch.__version__;
        // TorchSharp reports four parts ("2.10.0.0"); LibTorch's own version has three.
        return version.Count(c => c == '.') == 3 && version.EndsWith(".0", StringComparison.Ordinal) ? version[..^2] : version;
    }

    /// <summary>
    /// Seeds LibTorch and pins its thread count. Same seed and thread count give bit-identical
    /// results across processes; 1 and 2 threads differ in the last digits.
    /// </summary>
    /// <param name="seed">Any 64-bit seed.</param>
    /// <param name="threads">Intra-op threads, at least 1.</param>
    public static void Seed(long seed, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        EnsureLoaded();
        torch.set_num_threads(threads);
        torch.manual_seed(seed);
    }
}
