using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace SleepFM.Interactive.Progress;

/// <summary>
/// The only code that touches the running kernel for progress. Every call degrades to nothing outside a
/// kernel: no current invocation context, or the .NET Interactive assemblies not even loadable (a plain
/// test or console process, where this library ships without them).
/// </summary>
static class KernelDisplay
{
    /// <summary>Shows HTML in the current cell; returns a handle for <see cref="Update"/>, or null outside a kernel.</summary>
    public static object? Show(string html)
    {
        try { return ShowCore(html); }
        catch (Exception e) when (IsMissingKernel(e)) { return null; }
    }

    /// <summary>Replaces what <see cref="Show"/> displayed.</summary>
    public static void Update(object handle, string html)
    {
        try { UpdateCore(handle, html); }
        catch (Exception e) when (IsMissingKernel(e)) { }
    }

    /// <summary>The running cell's cancellation token (the notebook's stop button), or none outside a kernel.</summary>
    public static CancellationToken CellCancellation()
    {
        try { return CancellationCore(); }
        catch (Exception e) when (IsMissingKernel(e)) { return CancellationToken.None; }
    }

    static bool IsMissingKernel(Exception e) => e is FileNotFoundException or FileLoadException or TypeLoadException or ObjectDisposedException;

    // NoInlining keeps the kernel types out of the callers' JIT: the try/catch above can then catch a missing assembly.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static object? ShowCore(string html) =>
        KernelInvocationContext.Current is { } context ? context.Display(new HtmlString(html), "text/html") : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void UpdateCore(object handle, string html) => ((DisplayedValue)handle).Update(new HtmlString(html));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static CancellationToken CancellationCore() => KernelInvocationContext.Current?.CancellationToken ?? CancellationToken.None;
}
