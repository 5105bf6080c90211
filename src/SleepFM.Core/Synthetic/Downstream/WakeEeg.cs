using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// Renders a wake recording: the shared <see cref="EegSynthesizer"/> background (referential to an ideal
/// reference) plus <see cref="EegOverlay"/> findings, then a montage. Rendering electrodes once and
/// subtracting afterwards lets a finding's field look right in referential, bipolar and
/// average-referenced montages alike.
/// </summary>
internal static class WakeEeg
{
    /// <summary>Electrode potentials [electrode][sample] in µV.</summary>
    public static float[][] Render(IReadOnlyList<string> electrodes, SubjectProfile subject, double sampleRateHz, double epochSeconds,
        IReadOnlyList<BrainState> epochs, IReadOnlyList<EegOverlay> overlays, SynthRandom random)
    {
        var request = new EegSynthesisRequest
        {
            Derivations = electrodes.Select(e => new EegDerivation(e, null)).ToList(),
            SampleRateHz = sampleRateHz,
            EpochSeconds = epochSeconds,
            Epochs = epochs,
            Subject = subject,
            TransitionSeconds = Math.Min(1, epochSeconds / 2),
        };
        var potentials = EegSynthesizer.Generate(request, random.Derive("background")).Signals;
        OverlayRenderer.Render(overlays, electrodes, potentials, sampleRateHz, random.Derive("overlays"));
        return potentials;
    }

    /// <summary>Bipolar channels "A-B" (names as in <paramref name="electrodes"/>, case-insensitive).</summary>
    public static float[][] Bipolar(IReadOnlyList<string> electrodes, float[][] potentials, IEnumerable<(string Active, string Reference)> pairs)
    {
        int Index(string name)
        {
            for (int i = 0; i < electrodes.Count; i++) if (electrodes[i].Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
            throw new ArgumentException($"Electrode '{name}' was not rendered.", nameof(pairs));
        }
        return pairs.Select(p =>
        {
            var a = potentials[Index(p.Active)];
            var b = potentials[Index(p.Reference)];
            var d = new float[a.Length];
            for (int i = 0; i < d.Length; i++) d[i] = a[i] - b[i];
            return d;
        }).ToArray();
    }

    /// <summary>The common average reference of all rendered electrodes.</summary>
    public static float[][] AverageReferenced(float[][] potentials)
    {
        int n = potentials[0].Length;
        var mean = new float[n];
        foreach (var p in potentials) for (int i = 0; i < n; i++) mean[i] += p[i] / potentials.Length;
        return potentials.Select(p =>
        {
            var d = new float[n];
            for (int i = 0; i < n; i++) d[i] = p[i] - mean[i];
            return d;
        }).ToArray();
    }
}
