namespace SleepFM.Tests.Synthetic;

/// <summary>A tiny multinomial logistic regression (standardised features, full-batch gradient descent, L2).</summary>
public sealed class SoftmaxRegression
{
    readonly double[] mean, scale;
    readonly double[,] weights;
    readonly int classes;

    /// <summary>Fits the model.</summary>
    public SoftmaxRegression(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classCount, int iterations = 500, double rate = 0.5, double l2 = 1e-3)
    {
        int d = x[0].Length, n = x.Count;
        classes = classCount;
        mean = new double[d]; scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            mean[j] = x.Average(r => r[j]);
            scale[j] = Math.Sqrt(x.Average(r => (r[j] - mean[j]) * (r[j] - mean[j]))) + 1e-9;
        }
        weights = new double[classes, d + 1];
        var z = x.Select(Standardise).ToArray();
        for (int it = 0; it < iterations; it++)
        {
            var grad = new double[classes, d + 1];
            for (int i = 0; i < n; i++)
            {
                var p = Probabilities(z[i]);
                for (int c = 0; c < classes; c++)
                {
                    double err = p[c] - (y[i] == c ? 1 : 0);
                    for (int j = 0; j < d; j++) grad[c, j] += err * z[i][j];
                    grad[c, d] += err;
                }
            }
            for (int c = 0; c < classes; c++)
                for (int j = 0; j <= d; j++)
                    weights[c, j] -= rate * (grad[c, j] / n + (j < d ? l2 * weights[c, j] : 0));
        }
    }

    /// <summary>The most probable class.</summary>
    public int Predict(double[] features)
    {
        var p = Probabilities(Standardise(features));
        return Array.IndexOf(p, p.Max());
    }

    double[] Standardise(double[] r) => r.Select((v, j) => (v - mean[j]) / scale[j]).ToArray();

    double[] Probabilities(double[] z)
    {
        int d = z.Length;
        var logits = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            double s = weights[c, d];
            for (int j = 0; j < d; j++) s += weights[c, j] * z[j];
            logits[c] = s;
        }
        double max = logits.Max(), sum = 0;
        for (int c = 0; c < classes; c++) { logits[c] = Math.Exp(logits[c] - max); sum += logits[c]; }
        for (int c = 0; c < classes; c++) logits[c] /= sum;
        return logits;
    }
}
