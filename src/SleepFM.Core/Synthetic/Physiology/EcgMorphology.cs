namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// The beat template of the cardiac-dipole ECG model: Gaussian P, QRS and T components of the heart
/// vector, projected onto each lead, so lead-specific shapes (rS in V1, qR in V6, R′ in V1 with RBBB,
/// broad notched R in V6 with LBBB) follow from the vectors. Presets cover the conduction findings of
/// the ECG tasks: <see cref="Normal"/>, <see cref="FirstDegreeAvBlock"/>, <see cref="RightBundleBranchBlock"/>,
/// <see cref="LeftBundleBranchBlock"/>, <see cref="AtrialFibrillation"/>.
/// </summary>
public sealed record EcgMorphology
{
    /// <summary>PR interval (P onset to QRS onset), ms, 80–400; &gt; 200 is first-degree AV block.</summary>
    public double PrIntervalMs { get; init; } = 160;

    /// <summary>QRS duration, ms, 60–200; ≥ 120 with a bundle branch block.</summary>
    public double QrsDurationMs { get; init; } = 90;

    /// <summary>Corrected QT (Bazett), ms, 300–550; the T wave moves with √RR.</summary>
    public double QtcMs { get; init; } = 400;

    /// <summary>P wave, offset from its computed place (PR before the QRS); null means no P wave (atrial fibrillation).</summary>
    public EcgWave? PWave { get; init; } = new(0, 22, new CardiacVector(0.08, 0.12, 0.02));

    /// <summary>QRS components, offsets relative to the R peak. The default is septal q, main R, terminal S.</summary>
    public IReadOnlyList<EcgWave> QrsWaves { get; init; } =
    [
        new(-27, 8, new CardiacVector(-0.10, -0.05, 0.12)),
        new(0, 10, new CardiacVector(0.90, 0.75, 0.05)),
        new(27, 10, new CardiacVector(-0.10, -0.15, -0.60)),
    ];

    /// <summary>T wave, offset relative to its QT-derived place.</summary>
    public EcgWave TWave { get; init; } = new(0, 45, new CardiacVector(0.25, 0.25, 0.15));

    /// <summary>Atrial fibrillatory ("f") waves, mV at the atria (0 = none; 0.03–0.1 in AF).</summary>
    public double FibrillatoryWavesMv { get; init; }

    /// <summary>Multiplies every wave (body habitus, electrode contact), 0.3–3.</summary>
    public double AmplitudeScale { get; init; } = 1;

    /// <summary>A normal sinus beat.</summary>
    public static EcgMorphology Normal { get; } = new();

    /// <summary>First-degree AV block: PR 280 ms.</summary>
    public static EcgMorphology FirstDegreeAvBlock { get; } = new() { PrIntervalMs = 280 };

    /// <summary>
    /// Right bundle branch block: normal initial QRS, then a slow terminal force to the right and
    /// front (R′ in V1, broad S in I and V6), QRS 140 ms, T opposite the terminal force (inverted in V1–V2).
    /// </summary>
    public static EcgMorphology RightBundleBranchBlock { get; } = new()
    {
        QrsDurationMs = 140,
        QrsWaves =
        [
            new(-27, 8, new CardiacVector(-0.10, -0.05, 0.12)),
            new(0, 10, new CardiacVector(0.85, 0.70, 0.05)),
            new(25, 9, new CardiacVector(-0.05, -0.10, -0.45)),
            new(58, 17, new CardiacVector(-0.45, 0.00, 0.60)),
        ],
        TWave = new(0, 45, new CardiacVector(0.30, 0.25, -0.25)),
    };

    /// <summary>
    /// Left bundle branch block: no septal q, a broad notched leftward-posterior R (QS in V1, broad R in I
    /// and V6), QRS 150 ms, T discordant to the QRS.
    /// </summary>
    public static EcgMorphology LeftBundleBranchBlock { get; } = new()
    {
        QrsDurationMs = 150,
        QrsWaves =
        [
            new(-12, 26, new CardiacVector(0.80, 0.40, -0.60)),
            new(38, 15, new CardiacVector(0.50, 0.10, -0.30)),
        ],
        TWave = new(0, 50, new CardiacVector(-0.25, -0.10, 0.35)),
    };

    /// <summary>Atrial fibrillation beat: no P wave, small fibrillatory waves (pair with an irregular <see cref="CardiacState"/>).</summary>
    public static EcgMorphology AtrialFibrillation { get; } = new() { PWave = null, FibrillatoryWavesMv = 0.06 };

    /// <summary>Throws when a field is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        if (!(PrIntervalMs >= 80 && PrIntervalMs <= 400)) throw new ArgumentOutOfRangeException(nameof(PrIntervalMs), PrIntervalMs, "PR must lie in [80, 400] ms.");
        if (!(QrsDurationMs >= 60 && QrsDurationMs <= 200)) throw new ArgumentOutOfRangeException(nameof(QrsDurationMs), QrsDurationMs, "QRS must lie in [60, 200] ms.");
        if (!(QtcMs >= 300 && QtcMs <= 550)) throw new ArgumentOutOfRangeException(nameof(QtcMs), QtcMs, "QTc must lie in [300, 550] ms.");
        if (!(FibrillatoryWavesMv >= 0 && FibrillatoryWavesMv <= 0.5)) throw new ArgumentOutOfRangeException(nameof(FibrillatoryWavesMv), FibrillatoryWavesMv, "Must lie in [0, 0.5] mV.");
        if (!(AmplitudeScale >= 0.3 && AmplitudeScale <= 3)) throw new ArgumentOutOfRangeException(nameof(AmplitudeScale), AmplitudeScale, "Must lie in [0.3, 3].");
        ArgumentNullException.ThrowIfNull(QrsWaves);
        foreach (var w in QrsWaves.Append(TWave).Concat(PWave is null ? [] : [PWave]))
            if (!(w.WidthMs > 0)) throw new ArgumentOutOfRangeException(nameof(QrsWaves), w.WidthMs, "Wave widths must be positive.");
    }
}
