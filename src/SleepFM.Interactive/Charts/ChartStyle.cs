using Plotly.NET;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// The few Plotly.NET styling calls that Plotly.NET.CSharp does not wrap. F# curried functions
/// appear in C# as FSharpFunc; F# optional parameters as FSharpOption, passed as null.
/// </summary>
public static class ChartStyle
{
    /// <summary>Sets the chart title.</summary>
    public static GenericChart WithTitle(this GenericChart chart, string title) =>
        Plotly.NET.Chart.withTitle(title, null).Invoke(chart);
}
