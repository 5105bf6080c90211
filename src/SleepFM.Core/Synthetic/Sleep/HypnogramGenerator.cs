namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// Generates a night's hypnogram as a semi-Markov sequence of bouts organised in ultradian cycles
/// (~90 min): sleep-onset latency, then per cycle N2 → N3 (broken by brief N2) → N2 → REM, with brief
/// awakenings after REM and within N2. N3 is concentrated in the first cycles and shrinks with age;
/// REM bouts lengthen through the night; wake after sleep onset grows with age. For a full adult night
/// the shares come out near W 10–20%, N1 ~5%, N2 45–55%, N3 15–20%, REM 20–25%.
/// </summary>
/// <remarks>
/// A recording shorter than <c>nominalNightHours</c> gets a <em>time-compressed</em> night: every bout
/// is scaled by duration / nominal length (never below one epoch), so even a 20-minute test recording
/// holds every stage in roughly adult proportions. Real nights are not compressed, which is why the
/// <c>Large</c> preset uses full-length nights.
/// </remarks>
public static class HypnogramGenerator
{
    static readonly double[] N3MinutesByCycle = [38, 25, 10, 3, 0];
    static readonly double[] RemMinutesByCycle = [10, 18, 25, 30, 35];

    /// <summary>Generates a hypnogram.</summary>
    /// <param name="durationSeconds">Recording length, ≥ one epoch.</param>
    /// <param name="ageYears">Age, 18–90 (N3 and sleep continuity fall with age).</param>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="epochSeconds">Epoch length, 30 s by default.</param>
    /// <param name="nominalNightHours">Length of the night the architecture is drawn for, 4–12 h.</param>
    public static Hypnogram Generate(double durationSeconds, double ageYears, SynthRandom random, double epochSeconds = 30, double nominalNightHours = 8)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(epochSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(epochSeconds), epochSeconds, "Epoch length must be positive.");
        if (!(durationSeconds >= epochSeconds)) throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "The recording must hold at least one epoch.");
        if (!(nominalNightHours >= 4 && nominalNightHours <= 12)) throw new ArgumentOutOfRangeException(nameof(nominalNightHours), nominalNightHours, "Must lie in [4, 12] h.");
        if (!(ageYears >= 18 && ageYears <= 90)) throw new ArgumentOutOfRangeException(nameof(ageYears), ageYears, "Age must lie in [18, 90].");
        int epochs = (int)Math.Floor(durationSeconds / epochSeconds);
        double nominalMinutes = nominalNightHours * 60;
        double compression = Math.Min(1, durationSeconds / 60 / nominalMinutes);
        double ageFactor = (ageYears - 50) / 30;
        double n3Scale = Math.Clamp(1 - 0.45 * ageFactor, 0.25, 1.5);
        double wakeScale = Math.Clamp(1 + 0.5 * ageFactor, 0.6, 1.8);

        var bouts = new List<(SleepStage Stage, double Minutes)>();
        double nominalTotal = Math.Max(nominalMinutes, durationSeconds / 60);
        bouts.Add((SleepStage.Wake, Math.Exp(random.Gaussian(Math.Log(18 * wakeScale), 0.4))));
        bouts.Add((SleepStage.N1, random.Uniform(4, 9)));
        double elapsed = bouts.Sum(b => b.Minutes);
        for (int cycle = 0; elapsed < nominalTotal; cycle++)
        {
            int c = Math.Min(cycle, N3MinutesByCycle.Length - 1);
            double cycleMinutes = random.ClippedGaussian(92, 10, 70, 115);
            double n3 = N3MinutesByCycle[c] * n3Scale * random.Uniform(0.7, 1.3);
            double rem = RemMinutesByCycle[c] * random.Uniform(0.75, 1.25);
            bool postRemWake = random.Chance(0.75);
            double wake = postRemWake ? random.Uniform(3, 9) * wakeScale : 0;
            double n1 = postRemWake ? random.Uniform(2, 5) : 0;
            double midWake = random.Chance(0.7) ? random.Uniform(1, 4) * wakeScale : 0;
            double n2 = Math.Max(12, cycleMinutes - n3 - rem - wake - n1 - midWake);
            double n2First = n2 * random.Uniform(0.35, 0.6);
            if (midWake > 0)
            {
                double split = n2First * random.Uniform(0.3, 0.7);
                bouts.Add((SleepStage.N2, split));
                bouts.Add((SleepStage.Wake, midWake));
                bouts.Add((SleepStage.N1, random.Uniform(1, 3)));
                bouts.Add((SleepStage.N2, n2First - split));
            }
            else bouts.Add((SleepStage.N2, n2First));
            // N3 arrives in pieces separated by brief lightening to N2.
            int pieces = n3 > 15 ? 3 : n3 > 5 ? 2 : n3 > 0 ? 1 : 0;
            for (int p = 0; p < pieces; p++)
            {
                bouts.Add((SleepStage.N3, n3 / pieces));
                if (p < pieces - 1) bouts.Add((SleepStage.N2, random.Uniform(0.5, 2)));
            }
            bouts.Add((SleepStage.N2, n2 - n2First));
            bouts.Add((SleepStage.Rem, rem));
            if (postRemWake)
            {
                bouts.Add((SleepStage.Wake, wake));
                bouts.Add((SleepStage.N1, n1));
            }
            elapsed += cycleMinutes;
        }

        var stages = new List<SleepStage>(epochs);
        double carry = 0;
        foreach (var (stage, minutes) in bouts)
        {
            // Stochastic rounding keeps the expected length of short compressed bouts right.
            double exact = minutes * 60 * compression / epochSeconds + carry;
            int count = Math.Max(1, (int)Math.Floor(exact));
            carry = exact - count;
            for (int i = 0; i < count && stages.Count < epochs; i++) stages.Add(stage);
            if (stages.Count >= epochs) break;
        }
        // Morning: the tail of a night that ran short of bouts is final wake.
        while (stages.Count < epochs) stages.Add(SleepStage.Wake);
        return new Hypnogram(epochSeconds, stages);
    }
}
