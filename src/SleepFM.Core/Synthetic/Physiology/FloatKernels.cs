using System.Numerics;
using System.Runtime.InteropServices;

namespace SleepFM.Synthetic.Physiology;

/// <summary>SIMD helpers for the mixing loops (the generators' hot path).</summary>
internal static class FloatKernels
{
    /// <summary>destination += weight · source.</summary>
    public static void AddScaled(Span<float> destination, ReadOnlySpan<float> source, float weight)
    {
        int n = Math.Min(destination.Length, source.Length), i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var d = MemoryMarshal.Cast<float, Vector<float>>(destination[..n]);
            var s = MemoryMarshal.Cast<float, Vector<float>>(source[..n]);
            var w = new Vector<float>(weight);
            for (int v = 0; v < d.Length; v++) d[v] += s[v] * w;
            i = d.Length * Vector<float>.Count;
        }
        for (; i < n; i++) destination[i] += weight * source[i];
    }

    /// <summary>destination[i] *= factor[i].</summary>
    public static void Multiply(Span<float> destination, ReadOnlySpan<float> factor)
    {
        int n = Math.Min(destination.Length, factor.Length), i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var d = MemoryMarshal.Cast<float, Vector<float>>(destination[..n]);
            var f = MemoryMarshal.Cast<float, Vector<float>>(factor[..n]);
            for (int v = 0; v < d.Length; v++) d[v] *= f[v];
            i = d.Length * Vector<float>.Count;
        }
        for (; i < n; i++) destination[i] *= factor[i];
    }

    /// <summary>destination = a − b.</summary>
    public static void Subtract(Span<float> destination, ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int n = destination.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var d = MemoryMarshal.Cast<float, Vector<float>>(destination);
            var x = MemoryMarshal.Cast<float, Vector<float>>(a[..n]);
            var y = MemoryMarshal.Cast<float, Vector<float>>(b[..n]);
            for (int v = 0; v < d.Length; v++) d[v] = x[v] - y[v];
            i = d.Length * Vector<float>.Count;
        }
        for (; i < n; i++) destination[i] = a[i] - b[i];
    }
}
