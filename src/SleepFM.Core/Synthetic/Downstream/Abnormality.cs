using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// What makes an "abnormal" routine EEG abnormal (TUAB, BrainCapture): focal slowing, diffuse slowing
/// (encephalopathy: slower alpha, more theta/delta everywhere), or hemispheric asymmetry, each with a
/// severity drawn so a quarter are subtle enough to overlap normal variation; some add sporadic
/// epileptiform sharp waves.
/// </summary>
internal static class Abnormality
{
    static readonly string[] FocalSites = ["T3", "T4", "F7", "F8", "C3", "C4", "P3", "P4", "O1", "O2", "F3", "F4", "T5", "T6"];

    /// <summary>Applies a drawn abnormality to a subject's epochs; returns the (possibly slowed) subject and overlays.</summary>
    public static (SubjectProfile Subject, List<EegOverlay> Overlays) Apply(SubjectProfile subject, BrainState[] epochs, double epochSeconds, SynthRandom r)
    {
        // Severity: a quarter subtle (0.1–0.35), the rest moderate to marked.
        double s = r.Chance(0.25) ? r.Uniform(0.1, 0.35) : r.Uniform(0.35, 1.0);
        var overlays = new List<EegOverlay>();
        string site = FocalSites[r.NextInt(FocalSites.Length)];
        double persistence = r.Uniform(0.4, 1.0);
        switch (r.NextInt(3))
        {
            case 0: // focal polymorphic slowing, intermittent
            {
                var focal = new FocalSlowing(site, r.Uniform(0.3, 0.6), 5 + 25 * s, 2 + 8 * s);
                for (int k = 0; k < epochs.Length; k++)
                    if (r.Chance(persistence)) epochs[k] = epochs[k] with { Modifiers = [.. epochs[k].Modifiers, focal] };
                break;
            }
            case 1: // diffuse slowing: slower alpha, widespread theta/delta
            {
                subject = subject with { IndividualAlphaHz = Math.Max(6.5, subject.IndividualAlphaHz - (0.5 + 2 * s)) };
                for (int k = 0; k < epochs.Length; k++)
                    epochs[k] = epochs[k] with
                    {
                        AlphaUv = epochs[k].AlphaUv * (1 - 0.5 * s),
                        ThetaUv = Math.Min(60, epochs[k].ThetaUv + 2 + 9 * s * r.Uniform(0.7, 1.3)),
                        DeltaUv = Math.Min(120, epochs[k].DeltaUv + 2 + 12 * s * r.Uniform(0.7, 1.3)),
                    };
                break;
            }
            default: // asymmetry with ipsilateral slowing
            {
                var side = r.Chance(0.5) ? Hemisphere.Left : Hemisphere.Right;
                string focus = side == Hemisphere.Left ? (r.Chance(0.5) ? "T3" : "C3") : (r.Chance(0.5) ? "T4" : "C4");
                var asym = new HemisphericAsymmetry(side, 0.2 + 0.55 * s);
                var focal = new FocalSlowing(focus, 0.55, 3 + 10 * s, 1 + 4 * s);
                for (int k = 0; k < epochs.Length; k++)
                    epochs[k] = epochs[k] with { Modifiers = [.. epochs[k].Modifiers, asym, .. r.Chance(persistence) ? new EegModifier[] { focal } : []] };
                break;
            }
        }
        if (r.Chance(0.3))
        {
            double duration = epochs.Length * epochSeconds;
            for (int i = r.Poisson(duration / 60 * r.Uniform(1, 4)); i > 0; i--)
                overlays.Add(new EegOverlay(EegOverlayKind.SpikeWave, r.Uniform(0, duration - 1), 0.6, r.Uniform(40, 110), site, 0.4));
        }
        return (subject, overlays);
    }
}
