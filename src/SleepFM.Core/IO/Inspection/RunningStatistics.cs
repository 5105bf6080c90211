namespace SleepFM.IO.Inspection;

/// <summary>Streaming mean and population variance (Welford), so statistics never need a whole channel in memory.</summary>
internal sealed class RunningStatistics
{
    long count;
    double mean;
    double sumOfSquares;

    public void Add(ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            if (float.IsNaN(v)) continue; // WFDB invalid samples
            count++;
            double delta = v - mean;
            mean += delta / count;
            sumOfSquares += delta * (v - mean);
        }
    }

    public double? Mean => count > 0 ? mean : null;

    public double? StandardDeviation => count > 0 ? Math.Sqrt(sumOfSquares / count) : null;
}
