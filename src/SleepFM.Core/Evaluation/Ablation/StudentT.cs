namespace SleepFM.Evaluation.Ablation;

/// <summary>Two-sided 95% critical values of Student's t, for confidence intervals over a handful of subsets.</summary>
public static class StudentT
{
    // scipy.stats.t.ppf(0.975, df) for df = 1 … 30.
    static readonly double[] Critical975 =
    [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ];

    /// <summary>t such that P(|T| ≤ t) = 0.95 with <paramref name="degreesOfFreedom"/> ≥ 1 (normal 1.96 beyond 30).</summary>
    public static double Critical95(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        return degreesOfFreedom <= Critical975.Length ? Critical975[degreesOfFreedom - 1] : 1.959964;
    }
}
