using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// Layout pieces Plotly.NET.CSharp does not wrap (shapes, tick labels), set as plain properties on the
/// DynamicObj layout objects: the JSON is exactly plotly.js's schema.
/// </summary>
static class LayoutExtras
{
    /// <summary>A filled rectangle spanning the whole plot height between two x values of axis x.</summary>
    public static Shape Band(double x0, double x1, string colour, double opacity)
    {
        var shape = new Shape();
        shape.SetProperty("type", "rect");
        shape.SetProperty("xref", "x");
        shape.SetProperty("yref", "paper");
        shape.SetProperty("x0", x0);
        shape.SetProperty("x1", x1);
        shape.SetProperty("y0", 0);
        shape.SetProperty("y1", 1);
        shape.SetProperty("fillcolor", colour);
        shape.SetProperty("opacity", opacity);
        shape.SetProperty("layer", "below");
        var line = new DynamicObj.DynamicObj();
        line.SetProperty("width", 0);
        shape.SetProperty("line", line);
        return shape;
    }

    /// <summary>A circle (or ellipse) outline in data coordinates.</summary>
    public static Shape Circle(double x0, double y0, double x1, double y1, string colour)
    {
        var shape = new Shape();
        shape.SetProperty("type", "circle");
        shape.SetProperty("xref", "x");
        shape.SetProperty("yref", "y");
        shape.SetProperty("x0", x0);
        shape.SetProperty("y0", y0);
        shape.SetProperty("x1", x1);
        shape.SetProperty("y1", y1);
        var line = new DynamicObj.DynamicObj();
        line.SetProperty("color", colour);
        line.SetProperty("width", 1.5);
        shape.SetProperty("line", line);
        return shape;
    }

    /// <summary>Adds shapes to the chart's layout.</summary>
    public static GenericChart WithShapes(this GenericChart chart, IEnumerable<Shape> shapes) =>
        Plotly.NET.Chart.withShapes(shapes, null).Invoke(chart);

    /// <summary>Sets arbitrary layout properties (e.g. <c>yaxis2.scaleanchor</c>), merged into the chart's layout.</summary>
    public static GenericChart WithLayoutProperty(this GenericChart chart, string name, object value)
    {
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty(name, value);
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>Sets a property on every trace of the chart (e.g. <c>mode</c> = <c>markers+text</c>).</summary>
    public static GenericChart WithTraceProperty(this GenericChart chart, string name, object value) =>
        GenericChart.mapTrace(Microsoft.FSharp.Core.FSharpFunc<Trace, Trace>.FromConverter(trace =>
        {
            trace.SetProperty(name, value);
            return trace;
        }), chart);

    /// <summary>
    /// Sets one property of a layout axis (e.g. <c>yaxis3.domain</c>), keeping the axis's other settings
    /// (title, categories) that the chart already has.
    /// </summary>
    public static GenericChart WithAxisProperty(this GenericChart chart, string axis, string name, object value)
    {
        var layout = GenericChart.getLayout(chart);
        var existing = layout.TryGetPropertyValue(axis);
        var target = existing is not null && existing.Value is DynamicObj.DynamicObj o ? o : new DynamicObj.DynamicObj();
        target.SetProperty(name, value);
        layout.SetProperty(axis, target);
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>
    /// Stacks a one-column grid's rows top to bottom with heights in proportion to <paramref name="weights"/>
    /// (a plotly grid makes every row equal; a hypnogram strip needs more room than one signal row).
    /// </summary>
    public static GenericChart WithRowHeights(this GenericChart chart, IReadOnlyList<double> weights, double gapFraction = 0.015)
    {
        double total = weights.Sum(), usable = 1 - gapFraction * (weights.Count - 1), top = 1;
        for (int i = 0; i < weights.Count; i++)
        {
            double height = usable * weights[i] / total;
            chart = chart.WithAxisProperty(AxisName("yaxis", i + 1), "domain", new[] { Math.Max(0, top - height), top });
            top -= height + gapFraction;
        }
        return chart;
    }

    /// <summary>Adds layout annotations (text placed in paper or axis coordinates).</summary>
    public static GenericChart WithAnnotations(this GenericChart chart, IEnumerable<DynamicObj.DynamicObj> annotations)
    {
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("annotations", annotations.ToArray());
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>"yaxis" for axis 1, "yaxis2" … otherwise (plotly's naming).</summary>
    public static string AxisName(string prefix, int index) => index == 1 ? prefix : prefix + index;

    /// <summary>A plain JSON object for nested layout properties.</summary>
    public static DynamicObj.DynamicObj Object(params (string Name, object Value)[] properties)
    {
        var o = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties) o.SetProperty(name, value);
        return o;
    }
}
