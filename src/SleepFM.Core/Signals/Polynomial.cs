using System.Numerics;

namespace SleepFM.Signals;

/// <summary>numpy.poly for filter roots.</summary>
internal static class Polynomial
{
    /// <summary>
    /// Coefficients of ∏(x − rᵢ), highest power first, built by repeated convolution with [1, −rᵢ] in the
    /// order given (numpy's order, so rounding matches). The real part is returned: filter roots come in
    /// conjugate pairs, where numpy's <c>poly</c>/<c>zpk2tf</c> also drop the (zero) imaginary part.
    /// </summary>
    public static double[] FromRoots(ReadOnlySpan<Complex> roots)
    {
        var c = new Complex[roots.Length + 1];
        c[0] = Complex.One;
        for (int k = 0; k < roots.Length; k++)
        {
            var minusRoot = -roots[k];
            // In place, from the top, so c[i-1] is still the previous polynomial's coefficient.
            c[k + 1] = c[k] * minusRoot;
            for (int i = k; i >= 1; i--)
                c[i] = c[i] + c[i - 1] * minusRoot;
        }
        var result = new double[c.Length];
        for (int i = 0; i < c.Length; i++) result[i] = c[i].Real;
        return result;
    }
}
