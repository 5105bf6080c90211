using System.Runtime.CompilerServices;

namespace SleepFM.Interactive;

/// <summary>
/// The one call every notebook makes after referencing the library:
/// <code>#r "../artifacts/notebook-lib/SleepFM.Interactive.dll"
/// SleepFM.Interactive.Notebook.Initialize();</code>
/// It makes Plotly.NET and Deedle loadable in every kernel and registers the project's formatters
/// (offline Plotly charts, Deedle frames as tables, recordings, class counts,
/// training histories and ablation sweeps).
/// </summary>
public static class Notebook
{
    static int initialized;

    /// <summary>Idempotent set-up for the current kernel process.</summary>
    public static void Initialize()
    {
        // Order matters: the resolver must exist before the JIT compiles code that mentions F# types.
        FSharpCoreRedirect.Install();
        if (Interlocked.Exchange(ref initialized, 1) == 1) return;
        RegisterFormatters();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void RegisterFormatters()
    {
        Formatters.PlotlyChartFormatter.Register();
        Formatters.FrameFormatter.Register();
        Formatters.RecordingFormatter.Register();
        Formatters.ClassCountFormatter.Register();
        Formatters.TrainingHistoryFormatter.Register();
        Formatters.AblationFormatter.Register();
    }
}
