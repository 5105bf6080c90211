using SleepFM.Synthetic;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Tests.Synthetic;

/// <summary>Synthetic hypnograms have adult sleep architecture.</summary>
public sealed class HypnogramGeneratorTests
{
    static List<Hypnogram> Nights(double age, int count = 40, double hours = 8) =>
        Enumerable.Range(0, count).Select(i => HypnogramGenerator.Generate(hours * 3600, age, new SynthRandom(11).Derive((ulong)i))).ToList();

    static double Share(List<Hypnogram> nights, SleepStage s) => nights.Average(n => n.Fraction(s));

    /// <summary>Stage shares of full nights of 40-year-olds fall in the adult ranges.</summary>
    [Fact]
    public void FullNightStageSharesArePlausible()
    {
        var nights = Nights(40);
        Assert.All(nights, n => Assert.Equal(960, n.Stages.Count));
        Assert.InRange(Share(nights, SleepStage.Wake), 0.08, 0.20);
        Assert.InRange(Share(nights, SleepStage.N1), 0.03, 0.09);
        Assert.InRange(Share(nights, SleepStage.N2), 0.42, 0.58);
        Assert.InRange(Share(nights, SleepStage.N3), 0.12, 0.22);
        Assert.InRange(Share(nights, SleepStage.Rem), 0.18, 0.27);
    }

    /// <summary>N3 sits in the first third of the night, REM grows towards the morning, and N3 shrinks with age.</summary>
    [Fact]
    public void UltradianStructureAndAgeEffect()
    {
        var nights = Nights(40);
        double n3Early = nights.Sum(n => n.Stages.Take(320).Count(s => s == SleepStage.N3));
        double n3All = nights.Sum(n => n.Count(SleepStage.N3));
        Assert.True(n3Early / n3All > 0.6, $"only {n3Early / n3All:P0} of N3 in the first third");
        double remFirstHalf = nights.Sum(n => n.Stages.Take(480).Count(s => s == SleepStage.Rem));
        double remSecondHalf = nights.Sum(n => n.Stages.Skip(480).Count(s => s == SleepStage.Rem));
        Assert.True(remSecondHalf > 1.4 * remFirstHalf, $"REM first half {remFirstHalf}, second half {remSecondHalf}");
        Assert.True(nights.All(n => n.Stages[0] == SleepStage.Wake), "every night starts awake (sleep-onset latency)");
        Assert.True(Share(Nights(80), SleepStage.N3) < 0.6 * Share(Nights(25), SleepStage.N3));
    }

    /// <summary>A compressed 20-minute night still holds every stage, and the generator is deterministic.</summary>
    [Fact]
    public void ShortNightsAreCompressedAndDeterministic()
    {
        var a = HypnogramGenerator.Generate(1200, 40, new SynthRandom(3));
        var b = HypnogramGenerator.Generate(1200, 40, new SynthRandom(3));
        Assert.Equal(a.Stages, b.Stages);
        Assert.Equal(40, a.Stages.Count);
        Assert.All(Enum.GetValues<SleepStage>(), s => Assert.True(a.Count(s) > 0, $"no {s} in a compressed night"));
    }
}
