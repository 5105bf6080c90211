namespace SleepFM.Signals;

/// <summary>Small dense linear solve (LU with partial pivoting, as LAPACK's gesv behind np.linalg.solve).</summary>
internal static class DenseSolver
{
    /// <summary>Solves A·x = b; <paramref name="matrix"/> is destroyed and <paramref name="rhs"/> becomes x.</summary>
    /// <exception cref="ArgumentException">A is singular.</exception>
    public static void SolveInPlace(double[,] matrix, double[] rhs)
    {
        int n = rhs.Length;
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            double best = Math.Abs(matrix[col, col]);
            for (int r = col + 1; r < n; r++)
            {
                double v = Math.Abs(matrix[r, col]);
                if (v > best) { best = v; pivot = r; }
            }
            if (best == 0)
                throw new ArgumentException("The filter's steady-state system is singular (is there a pole at z = 1?).", nameof(matrix));
            if (pivot != col)
            {
                for (int c = 0; c < n; c++) (matrix[col, c], matrix[pivot, c]) = (matrix[pivot, c], matrix[col, c]);
                (rhs[col], rhs[pivot]) = (rhs[pivot], rhs[col]);
            }
            for (int r = col + 1; r < n; r++)
            {
                double factor = matrix[r, col] / matrix[col, col];
                if (factor == 0) continue;
                for (int c = col; c < n; c++) matrix[r, c] -= factor * matrix[col, c];
                rhs[r] -= factor * rhs[col];
            }
        }
        for (int r = n - 1; r >= 0; r--)
        {
            double sum = rhs[r];
            for (int c = r + 1; c < n; c++) sum -= matrix[r, c] * rhs[c];
            rhs[r] = sum / matrix[r, r];
        }
    }
}
