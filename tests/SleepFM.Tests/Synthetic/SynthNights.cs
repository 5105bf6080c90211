using SleepFM.Synthetic;
using SleepFM.Synthetic.Physiology;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Tests.Synthetic;

/// <summary>A few synthetic nights in memory, made once and shared by the physiology tests.</summary>
public sealed class SynthNights
{
    /// <summary>Clinical-like nights (six EEG, EOG, chin, ECG, respiration), 90-min compressed nights.</summary>
    public IReadOnlyList<SyntheticRecording> Clinical { get; }

    /// <summary>Makes the nights (about a second).</summary>
    public SynthNights()
    {
        var root = new SynthRandom(20260501);
        var cohort = CohortDefinition.ClinicalLike;
        Clinical = Enumerable.Range(0, 4).AsParallel().AsOrdered().Select(i =>
        {
            var r = root.Derive(cohort.Name).Derive((ulong)i);
            var subject = SubjectProfile.Draw($"test-{i}", r.Derive("profile"), 25, 65, cohort.LineFrequencyHz) with { ApneaHypopneaIndex = 20 };
            return NightSynthesizer.Synthesize(cohort, subject, 5400, r, new DateTime(2001, 1, 1, 22, 0, 0));
        }).ToList();
    }
}
