using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using SleepFM.Interactive.Charts;

namespace SleepFM.Interactive.Formatters;

/// <summary>Shows Plotly.NET charts in notebooks, offline: plotly.js is inlined once per kernel.</summary>
static class PlotlyChartFormatter
{
    // Keyed by root kernel, not a static flag: one test process runs many notebooks, each in a fresh kernel.
    static readonly ConditionalWeakTable<object, object> KernelsWithPlotly = new();
    static readonly object NoKernel = new();

    public static void Register() =>
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(FragmentForCurrentKernel(chart)), HtmlFormatter.MimeType);

    /// <summary>The chart's fragment, with plotly.js only if this kernel has not received it yet.</summary>
    public static string FragmentForCurrentKernel(GenericChart chart)
    {
        var kernel = (object?)KernelInvocationContext.Current?.HandlingKernel?.RootKernel ?? NoKernel;
        bool first;
        lock (KernelsWithPlotly)
        {
            first = !KernelsWithPlotly.TryGetValue(kernel, out _);
            if (first) KernelsWithPlotly.Add(kernel, kernel);
        }
        return ChartHtml.Fragment(chart, includePlotlyJs: first);
    }
}
