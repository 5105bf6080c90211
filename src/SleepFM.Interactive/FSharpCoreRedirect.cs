using System.Reflection;
using System.Runtime.Loader;

namespace SleepFM.Interactive;

/// <summary>
/// Lets Plotly.NET and Deedle (built against FSharp.Core 10.1) run inside kernels that ship FSharp.Core
/// 10.0 (dotnet-repl, the dotnet-interactive Jupyter kernel): a request for any FSharp.Core version
/// is answered with the one already loaded. The APIs they call exist in both.
/// </summary>
static class FSharpCoreRedirect
{
    static int installed;

    /// <summary>Installs the resolver once per process. Must run before any Plotly or Deedle type is touched.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == "FSharp.Core" ? LoadedFSharpCore() : null;
        AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
            new AssemblyName(args.Name).Name == "FSharp.Core" ? LoadedFSharpCore() : null;
    }

    static Assembly? LoadedFSharpCore() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name == "FSharp.Core")
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault()
        ?? TryLoadBesideThisAssembly();

    static Assembly? TryLoadBesideThisAssembly()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(FSharpCoreRedirect).Assembly.Location) ?? ".", "FSharp.Core.dll");
        return File.Exists(path) ? AssemblyLoadContext.Default.LoadFromAssemblyPath(path) : null;
    }
}
