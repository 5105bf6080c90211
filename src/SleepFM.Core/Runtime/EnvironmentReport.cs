using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace SleepFM.Runtime;

/// <summary>
/// What a user needs to know when something does not load or runs slowly: runtime, TorchSharp and
/// LibTorch versions, threads, CUDA, and the device computations will use.
/// </summary>
/// <param name="DotNetVersion">The running .NET runtime, e.g. "10.0.12".</param>
/// <param name="OperatingSystem">OS description as the runtime reports it.</param>
/// <param name="ProcessArchitecture">x64, Arm64, …</param>
/// <param name="TorchSharpVersion">Informational version of the loaded TorchSharp assembly.</param>
/// <param name="LibTorchVersion">Version of the native LibTorch that TorchSharp loaded, e.g. "2.10.0".</param>
/// <param name="TorchThreads">Intra-op threads LibTorch uses.</param>
/// <param name="CudaAvailable">True when a CUDA device and the CUDA backend are both present.</param>
/// <param name="CudaDeviceCount">Number of visible CUDA devices (0 without CUDA).</param>
/// <param name="Device">The device work will run on: "cuda" or "cpu".</param>
/// <param name="LogicalCores">Logical processors visible to the process.</param>
public sealed record EnvironmentReport(
    string DotNetVersion,
    string OperatingSystem,
    string ProcessArchitecture,
    string TorchSharpVersion,
    string LibTorchVersion,
    int TorchThreads,
    bool CudaAvailable,
    int CudaDeviceCount,
    string Device,
    int LogicalCores)
{
    /// <summary>Collects the report. Loads LibTorch; throws <see cref="TorchLoadException"/> if it cannot.</summary>
    public static EnvironmentReport Collect()
    {
        TorchRuntime.EnsureLoaded();
        bool cuda = torch.cuda.is_available();
        return new EnvironmentReport(
            DotNetVersion: Environment.Version.ToString(),
            OperatingSystem: RuntimeInformation.OSDescription,
            ProcessArchitecture: RuntimeInformation.ProcessArchitecture.ToString(),
            TorchSharpVersion: InformationalVersion(typeof(torch).Assembly),
            LibTorchVersion: TorchRuntime.LibTorchVersion(),
            TorchThreads: torch.get_num_threads(),
            CudaAvailable: cuda,
            CudaDeviceCount: cuda ? torch.cuda.device_count() : 0,
            Device: TorchRuntime.DefaultDevice().type == DeviceType.CUDA ? "cuda" : "cpu",
            LogicalCores: Environment.ProcessorCount);
    }

    static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? assembly.GetName().Version?.ToString() ?? "unknown";
        int plus = version.IndexOf('+');  // drop the source-commit suffix
        return plus >= 0 ? version[..plus] : version;
    }
}
