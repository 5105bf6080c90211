using Plotly.NET;

namespace SleepFM.Interactive.Charts;

/// <summary>The plotly.js bundle that Plotly.NET embeds (v2.28), so charts render without a network.</summary>
public static class PlotlyScript
{
    static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The minified plotly.js source.</summary>
    public static string MinifiedJs => Source.Value;
}
