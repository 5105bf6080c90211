using System.Numerics;

namespace SleepFM.Signals;

/// <summary>
/// SciPy 1.10's <c>zpk2sos(..., pairing='nearest')</c> for digital filters, step for step, so the sections come out in
/// the same order with the same pole/zero pairs (sections are not interchangeable in finite precision).
/// </summary>
internal static class SectionPairing
{
    public static SecondOrderSections ToSections(Complex[] zerosIn, Complex[] polesIn, double gain)
    {
        if (zerosIn.Length == 0 && polesIn.Length == 0)
            return new SecondOrderSections([gain, 0, 0, 1, 0, 0]);

        var zeros = new List<Complex>(zerosIn);
        var poles = new List<Complex>(polesIn);
        while (poles.Count < zeros.Count) poles.Add(Complex.Zero);
        while (zeros.Count < poles.Count) zeros.Add(Complex.Zero);
        int sectionCount = (Math.Max(poles.Count, zeros.Count) + 1) / 2;
        if (poles.Count % 2 == 1)
        {
            poles.Add(Complex.Zero);
            zeros.Add(Complex.Zero);
        }

        // One representative per conjugate pair (positive imaginary part), then the real roots.
        var z = ConjugatePairs.Collapse(zeros);
        var p = ConjugatePairs.Collapse(poles);

        var sos = new double[sectionCount * 6];
        // Built from the last section backwards, so the poles nearest the unit circle end up last.
        for (int si = sectionCount - 1; si >= 0; si--)
        {
            int p1Index = IndexNearestUnitCircle(p, null);
            var p1 = p[p1Index];
            p.RemoveAt(p1Index);
            int realPolesLeft = p.Count(IsReal);

            double[] section;
            if (IsReal(p1) && realPolesLeft == 0)
            {
                // Last remaining real pole: pair with the nearest real zero, padded with a root at the origin.
                int z1Index = NearestIndex(z, p1, Which.Real);
                var z1 = z[z1Index];
                z.RemoveAt(z1Index);
                section = SingleSection([z1, Complex.Zero], [p1, Complex.Zero]);
            }
            else if (p.Count + 1 == z.Count && !IsReal(p1) && realPolesLeft == 1 && z.Count(IsReal) == 1)
            {
                // One real pole and one real zero remain and counts match: this complex pole must take a complex zero.
                int z1Index = NearestIndex(z, p1, Which.Complex);
                var z1 = z[z1Index];
                z.RemoveAt(z1Index);
                section = SingleSection([z1, Complex.Conjugate(z1)], [p1, Complex.Conjugate(p1)]);
            }
            else
            {
                Complex p2;
                if (IsReal(p1))
                {
                    int p2Index = IndexNearestUnitCircle(p, IsReal);
                    p2 = p[p2Index];
                    p.RemoveAt(p2Index);
                }
                else
                {
                    p2 = Complex.Conjugate(p1);
                }

                if (z.Count > 0)
                {
                    int z1Index = NearestIndex(z, p1, Which.Any);
                    var z1 = z[z1Index];
                    z.RemoveAt(z1Index);
                    if (!IsReal(z1))
                    {
                        section = SingleSection([z1, Complex.Conjugate(z1)], [p1, p2]);
                    }
                    else if (z.Count > 0)
                    {
                        int z2Index = NearestIndex(z, p1, Which.Real);
                        var z2 = z[z2Index];
                        z.RemoveAt(z2Index);
                        section = SingleSection([z1, z2], [p1, p2]);
                    }
                    else
                    {
                        section = SingleSection([z1], [p1, p2]);
                    }
                }
                else
                {
                    section = SingleSection([], [p1, p2]);
                }
            }
            section.CopyTo(sos, si * 6);
        }

        for (int j = 0; j < 3; j++) sos[j] *= gain;
        return new SecondOrderSections(sos);
    }

    enum Which { Real, Complex, Any }

    static bool IsReal(Complex c) => c.Imaginary == 0;

    /// <summary>np.argmin(|1 − |p||) over the candidates (first index wins ties, as argmin does).</summary>
    static int IndexNearestUnitCircle(List<Complex> p, Func<Complex, bool>? filter)
    {
        int best = -1;
        double bestDistance = double.PositiveInfinity;
        for (int i = 0; i < p.Count; i++)
        {
            if (filter is not null && !filter(p[i])) continue;
            double d = Math.Abs(1 - Complex.Abs(p[i]));
            if (best < 0 || d < bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }
        if (best < 0) throw new InvalidOperationException("No pole left to pair; the zero/pole lists are inconsistent.");
        return best;
    }

    /// <summary>SciPy's <c>_nearest_real_complex_idx</c>: nearest root to <paramref name="to"/> of the requested kind.</summary>
    static int NearestIndex(List<Complex> from, Complex to, Which which)
    {
        // A stable order by distance: equal distances only happen for equal roots, so the choice cannot matter.
        int best = -1;
        double bestDistance = double.PositiveInfinity;
        for (int i = 0; i < from.Count; i++)
        {
            bool real = IsReal(from[i]);
            if (which == Which.Real && !real) continue;
            if (which == Which.Complex && real) continue;
            double d = Complex.Abs(from[i] - to);
            if (best < 0 || d < bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }
        if (best < 0) throw new InvalidOperationException($"No {which.ToString().ToLowerInvariant()} zero left to pair with pole {to}.");
        return best;
    }

    /// <summary>SciPy's <c>_single_zpksos</c>: right-aligns b and a of up to two roots each into one row.</summary>
    static double[] SingleSection(Complex[] zeros, Complex[] poles)
    {
        var row = new double[6];
        var b = Polynomial.FromRoots(zeros);
        var a = Polynomial.FromRoots(poles);
        b.CopyTo(row, 3 - b.Length);
        a.CopyTo(row, 6 - a.Length);
        return row;
    }
}
