using SleepFM.Synthetic;
using SleepFM.Synthetic.Downstream;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Tests.Synthetic.Downstream;

/// <summary>The ECG class signatures: long PR for 1dAVb, wide QRS with opposite V1 polarity for RBBB/LBBB, bradycardia, irregular RR without P for AF.</summary>
public sealed class EcgSignatureTests
{
    static readonly EcgFindings None = new(false, false, false, false, false, false);

    static IEnumerable<(CardiacState Rhythm, EcgMorphology Morphology)> Draws(EcgFindings f, int n = 200) =>
        Enumerable.Range(0, n).Select(i => EcgRecordSynthesizer.Draw(f, new SynthRandom(i).Derive("ecg")));

    // Net terminal QRS deflection in V1 (waves after the R peak), mV: R' (positive) in RBBB, deep S (negative) in LBBB.
    static double V1Terminal(EcgMorphology m) =>
        m.QrsWaves.Where(w => w.OffsetMs > 0).Sum(w => w.Vector.Dot(EcgLeadVectors.Of(EcgLead.V1)) * w.WidthMs) +
        m.QrsWaves.Where(w => w.OffsetMs <= 0 && w.WidthMs > 20).Sum(w => w.Vector.Dot(EcgLeadVectors.Of(EcgLead.V1)) * w.WidthMs);

    [Fact]
    public void First_degree_block_prolongs_pr_beyond_200_ms_and_normal_stays_below()
    {
        Assert.All(Draws(None with { FirstDegreeAvBlock = true }), d => Assert.InRange(d.Morphology.PrIntervalMs, 200.001, 400));
        Assert.All(Draws(None), d => Assert.InRange(d.Morphology.PrIntervalMs, 80, 200));
    }

    [Fact]
    public void Bundle_branch_blocks_widen_qrs_with_opposite_v1_polarity()
    {
        Assert.All(Draws(None), d => Assert.True(d.Morphology.QrsDurationMs < 120));
        var rbbb = Draws(None with { Rbbb = true }).ToList();
        var lbbb = Draws(None with { Lbbb = true }).ToList();
        Assert.All(rbbb.Concat(lbbb), d => Assert.True(d.Morphology.QrsDurationMs >= 120));
        Assert.True(rbbb.Count(d => V1Terminal(d.Morphology) > 0) > 0.95 * rbbb.Count, "RBBB: R' (positive terminal force) in V1");
        Assert.True(lbbb.Count(d => V1Terminal(d.Morphology) < 0) > 0.95 * lbbb.Count, "LBBB: QS/deep S (negative) in V1");
    }

    [Fact]
    public void Bradycardia_and_fibrillation_rhythms()
    {
        Assert.All(Draws(None with { SinusBradycardia = true }), d => Assert.True(d.Rhythm.MeanHeartRateBpm < 60));
        Assert.All(Draws(None), d => Assert.InRange(d.Rhythm.MeanHeartRateBpm, 60, 100));
        var subject = SubjectProfile.Draw("x", new SynthRandom(3));
        double RrCv(CardiacState s, int seed)
        {
            var beats = HeartRhythm.BeatTimes([s], 10, null, null, subject, new SynthRandom(seed));
            var rr = beats.Zip(beats.Skip(1), (a, b) => b - a).ToArray();
            double mean = rr.Average();
            return Math.Sqrt(rr.Average(x => (x - mean) * (x - mean))) / mean;
        }
        var af = Draws(None with { AtrialFibrillation = true }, 50).ToList();
        Assert.All(af, d => Assert.Null(d.Morphology.PWave));
        double afCv = af.Select((d, i) => RrCv(d.Rhythm, i)).Average();
        double sinusCv = Draws(None, 50).Select((d, i) => RrCv(d.Rhythm, i)).Average();
        Assert.True(afCv > 3 * sinusCv, $"AF RR CV {afCv:F3} vs sinus {sinusCv:F3}");
    }

    [Fact]
    public void Rendered_bradycardia_has_fewer_r_peaks()
    {
        int Peaks(EcgFindings f, int seed)
        {
            var r = new SynthRandom(seed);
            var leads = EcgRecordSynthesizer.Render(f, SubjectProfile.Draw("p", r.Derive("p")), 500, 5000, r.Derive("e"));
            // R peaks: the spatial QRS energy (sum of squared first differences over leads) above half its max, 250 ms refractory.
            var energy = new double[5000];
            for (int i = 1; i < 5000; i++) foreach (var l in leads) energy[i] += (l[i] - l[i - 1]) * (l[i] - l[i - 1]);
            double threshold = 0.3 * energy.OrderDescending().Skip(20).First();
            int count = 0;
            for (int i = 1, last = -1000; i < 5000; i++) if (energy[i] > threshold && i - last > 150) { count++; last = i; }
            return count;
        }
        double slow = Enumerable.Range(0, 20).Average(s => Peaks(None with { SinusBradycardia = true }, s));
        double normal = Enumerable.Range(0, 20).Average(s => Peaks(None, s));
        Assert.InRange(slow, 6, 10.5);
        Assert.InRange(normal, 10, 17);
    }
}
