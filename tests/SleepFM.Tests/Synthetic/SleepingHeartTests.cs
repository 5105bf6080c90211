using SleepFM.Synthetic;
using SleepFM.Synthetic.Physiology;
using SleepFM.Synthetic.Sleep;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Synthetic;

/// <summary>
/// Sleepers share their heart with the wake ECG sets: the same conduction findings (at a sleep cohort's
/// age-dependent rates) with the same beat templates, atrial fibrillation's irregular rhythm all night, and the
/// heart's field in mastoid-referenced EEG.
/// </summary>
public sealed class SleepingHeartTests
{
    static SubjectProfile Subject(double age, SubjectSex sex, int seed = 1) =>
        SubjectProfile.Draw("s", new SynthRandom((ulong)seed), 18, 90, 50) with { AgeYears = age, Sex = sex };

    [Fact]
    public void Every_finding_becomes_more_common_with_age_and_rbbb_more_in_men()
    {
        var young = SleepingHeart.Prevalence(45, SubjectSex.Female);
        var old = SleepingHeart.Prevalence(80, SubjectSex.Female);
        foreach (int k in new[] { 0, 1, 2, 5 }) Assert.True(old[k] > 1.5 * young[k], $"finding {k}: {young[k]:F3} at 45 vs {old[k]:F3} at 80");
        Assert.Equal(0.10, old[5], 2); // AF at 80
        Assert.Equal(0.0, old[3]);    // no rate findings: the night's rate comes from the stages
        Assert.True(SleepingHeart.Prevalence(70, SubjectSex.Male)[1] > SleepingHeart.Prevalence(70, SubjectSex.Female)[1]);
    }

    [Fact]
    public void Drawn_findings_follow_the_prevalences_and_carry_the_wake_templates()
    {
        var hearts = Enumerable.Range(0, 3000).Select(i => SleepingHeart.Draw(Subject(78, SubjectSex.Male), new SynthRandom((ulong)i).Derive("heart"))).ToList();
        var p = SleepingHeart.Prevalence(78, SubjectSex.Male);
        double Rate(Func<EcgFindings, bool> f) => hearts.Count(h => f(h.Findings)) / (double)hearts.Count;
        Assert.InRange(Rate(f => f.AtrialFibrillation), p[5] - 0.025, p[5] + 0.025);
        Assert.InRange(Rate(f => f.Rbbb || f.Lbbb), p[1] + p[2] - 0.03, p[1] + p[2] + 0.02);
        Assert.All(hearts, h =>
        {
            Assert.Equal(h.Findings.FirstDegreeAvBlock, h.Morphology.PrIntervalMs > 200);
            Assert.Equal(h.Findings.Rbbb || h.Findings.Lbbb, h.Morphology.QrsDurationMs >= 120);
            Assert.Equal(h.Findings.AtrialFibrillation, h.Morphology.PWave is null);
            Assert.Equal(h.Findings.AtrialFibrillation, h.FibrillationIrregularity >= 0.1);
        });
    }

    [Fact]
    public void Fibrillation_replaces_sinus_modulation_and_sinus_rhythm_is_left_alone()
    {
        var state = new CardiacState(60, 35, 40);
        var sinus = new SleepingHeart(new EcgFindings(false, false, false, false, false, false), EcgMorphology.Normal, 0);
        var fibrillating = new SleepingHeart(new EcgFindings(false, false, false, false, false, true), EcgMorphology.AtrialFibrillation, 0.18);
        Assert.Same(state, sinus.Apply(state));
        Assert.Equal(state with { Irregularity = 0.18 }, fibrillating.Apply(state));
    }

    [Fact]
    public void A_night_in_atrial_fibrillation_has_irregular_rr_and_no_p_waves()
    {
        // A subject old enough that some seed draws AF; find the first such seed and one in sinus rhythm.
        var cohort = CohortDefinition.ClinicalLike;
        SyntheticRecording Night(int seed) => NightSynthesizer.Synthesize(cohort, Subject(85, SubjectSex.Male, seed), 600,
            new SynthRandom((ulong)seed), new DateTime(2001, 1, 1, 22, 0, 0));
        static double SuccessiveRrCv(IReadOnlyList<double> beats)
        {
            var rr = beats.Zip(beats.Skip(1), (a, b) => b - a).ToArray();
            var diffs = rr.Zip(rr.Skip(1), (a, b) => b - a).ToArray();
            return Math.Sqrt(diffs.Average(d => d * d)) / rr.Average();
        }
        int afSeed = Enumerable.Range(0, 200).First(s => SleepingHeart.Draw(Subject(85, SubjectSex.Male, s),
            new SynthRandom((ulong)s).Derive("ecg-morphology")).Findings.AtrialFibrillation);
        int sinusSeed = Enumerable.Range(0, 200).First(s => !SleepingHeart.Draw(Subject(85, SubjectSex.Male, s),
            new SynthRandom((ulong)s).Derive("ecg-morphology")).Findings.AtrialFibrillation);
        var af = Night(afSeed);
        var sinus = Night(sinusSeed);
        Assert.True(af.Heart!.Findings.AtrialFibrillation, "the seed found by SleepingHeart.Draw is the night's heart");
        Assert.Null(af.Heart.Morphology.PWave);
        double afCv = SuccessiveRrCv(af.BeatTimesSeconds), sinusCv = SuccessiveRrCv(sinus.BeatTimesSeconds);
        Assert.True(afCv > 3 * sinusCv, $"successive RR differences / mean RR: AF {afCv:F3} vs sinus {sinusCv:F3}");
    }

    [Fact]
    public void Subjects_csv_names_the_findings_each_night_was_rendered_with()
    {
        using var dir = new TempDirectory();
        var preset = SynthesisPreset.Tiny with { SubjectsPerCohort = 6 };
        SyntheticWorld.GenerateSleepCohorts(dir.Path, preset, seed: 11);
        foreach (var cohort in preset.Cohorts)
        {
            var lines = File.ReadAllLines(Path.Combine(dir.Path, "psg", cohort.Name, "subjects.csv"));
            Assert.EndsWith(",ecg_findings", lines[0]);
            for (int i = 0; i < preset.SubjectsPerCohort; i++)
            {
                var random = new SynthRandom(11).Derive(cohort.Name).Derive((ulong)i);
                var subject = SubjectProfile.Draw($"{cohort.Name}-{i:D4}", random.Derive("profile"), cohort.MinAgeYears, cohort.MaxAgeYears, cohort.LineFrequencyHz);
                var night = NightSynthesizer.Synthesize(cohort, subject, 60, random, new DateTime(2001, 1, 1));
                Assert.Equal(night.Heart!.Findings.Codes(), lines[1 + i].Split(',')[^1]);
            }
        }
    }
}
