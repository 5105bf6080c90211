using Plotly.NET;
using Plotly.NET.CSharp;
using SleepFM.Runtime;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SleepFM.Interactive.Charts;

/// <summary>Charts about the machine itself.</summary>
public static class RuntimeCharts
{
    /// <summary>Matrix-multiply throughput (GFLOP/s) against matrix size.</summary>
    public static GenericChart MatMulThroughput(IEnumerable<MatMulThroughput.Measurement> measurements)
    {
        var list = measurements.ToList();
        return CSharpChart.Line<int, double, string>(
                x: list.Select(m => m.Size), y: list.Select(m => m.GflopsPerSecond),
                ShowMarkers: true, Name: "float32 matmul")
            .WithXAxisStyle<double, double, string>(TitleText: "matrix size n (n×n · n×n)")
            .WithYAxisStyle<double, double, string>(TitleText: "GFLOP/s")
            .WithTitle("LibTorch matrix-multiply throughput on this machine")
            .WithSize(700, 420);
    }
}
