namespace SleepFM.Analysis;

/// <summary>
/// Principal component analysis of a small dense matrix (rows = observations), managed and exact: the
/// covariance matrix is diagonalised with cyclic Jacobi rotations. Meant for embedding maps (a few
/// thousand clips of d ≤ 512), where an exact, dependency-free and deterministic answer matters more
/// than speed.
/// </summary>
public static class Pca
{
    /// <summary>Fits the first <paramref name="components"/> principal axes and projects the rows onto them.</summary>
    /// <param name="rows">n ≥ 2 observations of equal length d ≥ 1, all finite.</param>
    /// <param name="components">Axes kept, 1 … d.</param>
    /// <returns>
    /// Axes sorted by decreasing variance, each signed so that its largest-magnitude coordinate is
    /// positive (a deterministic sign: eigenvectors are otherwise defined only up to ±).
    /// </returns>
    /// <exception cref="ArgumentException">Fewer than two rows, ragged rows, or non-finite values.</exception>
    public static PcaResult Fit(IReadOnlyList<float[]> rows, int components = 2)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count < 2) throw new ArgumentException($"PCA needs at least 2 rows; got {rows.Count}.", nameof(rows));
        int n = rows.Count, d = rows[0].Length;
        if (d < 1) throw new ArgumentException("Rows are empty.", nameof(rows));
        if (components < 1 || components > d) throw new ArgumentOutOfRangeException(nameof(components), components, $"must be in 1 … {d}");
        for (int i = 0; i < n; i++)
        {
            if (rows[i].Length != d) throw new ArgumentException($"Row {i} has {rows[i].Length} values, row 0 has {d}.", nameof(rows));
            foreach (var v in rows[i]) if (!float.IsFinite(v)) throw new ArgumentException($"Row {i} has a non-finite value.", nameof(rows));
        }

        var mean = new double[d];
        foreach (var row in rows) for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= n;

        var covariance = new double[d, d];
        var centred = new double[d];
        foreach (var row in rows)
        {
            for (int j = 0; j < d; j++) centred[j] = row[j] - mean[j];
            for (int a = 0; a < d; a++)
            {
                double ca = centred[a];
                for (int b = a; b < d; b++) covariance[a, b] += ca * centred[b];
            }
        }
        for (int a = 0; a < d; a++)
            for (int b = a; b < d; b++)
            {
                covariance[a, b] /= n - 1;
                covariance[b, a] = covariance[a, b];
            }

        var (values, vectors) = SymmetricEigen.Decompose(covariance);
        var order = Enumerable.Range(0, d).OrderByDescending(k => values[k]).ThenBy(k => k).Take(components).ToArray();
        var axes = new double[components][];
        for (int c = 0; c < components; c++)
        {
            var axis = new double[d];
            for (int j = 0; j < d; j++) axis[j] = vectors[j, order[c]];
            int largest = 0;
            for (int j = 1; j < d; j++) if (Math.Abs(axis[j]) > Math.Abs(axis[largest]) + 1e-12) largest = j;
            if (axis[largest] < 0) for (int j = 0; j < d; j++) axis[j] = -axis[j];
            axes[c] = axis;
        }

        double total = values.Sum(v => Math.Max(0, v));
        var explained = order.Select(k => Math.Max(0, values[k])).ToArray();
        var scores = new double[n][];
        for (int i = 0; i < n; i++)
        {
            scores[i] = new double[components];
            for (int c = 0; c < components; c++)
            {
                double s = 0;
                for (int j = 0; j < d; j++) s += (rows[i][j] - mean[j]) * axes[c][j];
                scores[i][c] = s;
            }
        }
        return new PcaResult(mean, axes, explained, explained.Select(v => total > 0 ? v / total : 0).ToArray(), scores);
    }
}

/// <summary>The outcome of <see cref="Pca.Fit"/>.</summary>
/// <param name="Mean">Column means removed before projecting, length d.</param>
/// <param name="Components">Unit principal axes, strongest first, each of length d.</param>
/// <param name="ExplainedVariance">Variance along each axis (sample variance, n − 1 denominator).</param>
/// <param name="ExplainedVarianceRatio">Each axis's share of the total variance, 0–1.</param>
/// <param name="Scores">The rows' coordinates on the axes: one array of length k per row.</param>
public sealed record PcaResult(double[] Mean, double[][] Components, double[] ExplainedVariance, double[] ExplainedVarianceRatio, double[][] Scores);
