using System.Numerics;

namespace SleepFM.Signals;

/// <summary>SciPy's <c>_cplxreal</c>: splits roots into one member of each conjugate pair plus the real roots.</summary>
internal static class ConjugatePairs
{
    const double Tolerance = 100 * 2.220446049250313e-16;

    /// <summary>
    /// Returns [complex representatives (imag &gt; 0, averaged with their conjugate), real roots (imag set to exactly 0)],
    /// both sorted by real part then |imag| as SciPy does.
    /// </summary>
    /// <exception cref="ArgumentException">A complex root has no matching conjugate.</exception>
    public static List<Complex> Collapse(IReadOnlyList<Complex> roots)
    {
        if (roots.Count == 0) return [];
        // lexsort((|imag|, real)) is a stable sort by real part, then |imag|.
        var sorted = roots.OrderBy(r => r.Real).ThenBy(r => Math.Abs(r.Imaginary)).ToList();
        var reals = new List<Complex>();
        var positive = new List<Complex>();
        var negative = new List<Complex>();
        foreach (var r in sorted)
        {
            if (Math.Abs(r.Imaginary) <= Tolerance * Complex.Abs(r)) reals.Add(new Complex(r.Real, 0));
            else if (r.Imaginary > 0) positive.Add(r);
            else negative.Add(r);
        }
        if (positive.Count == 0 && negative.Count == 0) return reals;
        if (positive.Count != negative.Count)
            throw new ArgumentException("The roots contain a complex value with no matching conjugate.", nameof(roots));

        // Runs of (nearly) equal real part are re-sorted by |imag| so each positive root meets its own conjugate.
        int start = 0;
        while (start < positive.Count)
        {
            int stop = start;
            while (stop + 1 < positive.Count &&
                   positive[stop + 1].Real - positive[stop].Real <= Tolerance * Complex.Abs(positive[stop]))
                stop++;
            if (stop > start)
            {
                SortRunByAbsImag(positive, start, stop - start + 1);
                SortRunByAbsImag(negative, start, stop - start + 1);
            }
            start = stop + 1;
        }

        var result = new List<Complex>(positive.Count + reals.Count);
        for (int i = 0; i < positive.Count; i++)
        {
            var conj = Complex.Conjugate(negative[i]);
            if (Complex.Abs(positive[i] - conj) > Tolerance * Complex.Abs(negative[i]))
                throw new ArgumentException("The roots contain a complex value with no matching conjugate.", nameof(roots));
            result.Add((positive[i] + conj) / 2);
        }
        result.AddRange(reals);
        return result;
    }

    static void SortRunByAbsImag(List<Complex> list, int start, int count)
    {
        var run = list.GetRange(start, count).OrderBy(r => Math.Abs(r.Imaginary)).ToList();
        for (int i = 0; i < count; i++) list[start + i] = run[i];
    }
}
