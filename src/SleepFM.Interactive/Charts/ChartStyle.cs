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

    /// <summary>Adds symmetric error bars (± the given values) to the chart's traces.</summary>
    public static GenericChart WithYError(this GenericChart chart, IEnumerable<double> plusMinus) =>
        Plotly.NET.Chart.withYErrorStyle<double, double>(
            Visible: true, Type: StyleParam.ErrorType.Data, Symmetric: true, Array: plusMinus.ToArray(),
            Arrayminus: null, Value: null, Valueminus: null, Traceref: null, Tracerefminus: null, Copy_ystyle: null,
            Color: null, Thickness: null, Width: null).Invoke(chart);
}
