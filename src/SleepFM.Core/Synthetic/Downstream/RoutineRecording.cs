using SleepFM.IO.Edf;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Downstream;

/// <summary>A routine (whole-file-labelled) wake recording: normal background, or background with a drawn <see cref="Abnormality"/>.</summary>
internal static class RoutineRecording
{
    /// <summary>Electrode potentials of one normal or abnormal recording, and the (possibly slowed) subject.</summary>
    public static float[][] Render(IReadOnlyList<string> electrodes, SubjectProfile subject, WakeTraits traits, bool abnormal,
        double sampleRateHz, double seconds, SynthRandom r)
    {
        const double EpochSeconds = 10;
        var epochs = traits.Epochs((int)Math.Round(seconds / EpochSeconds), r.Derive("epochs"));
        var overlays = new List<EegOverlay>();
        if (abnormal)
        {
            (subject, overlays) = Abnormality.Apply(subject, epochs, EpochSeconds, r.Derive("abnormality"));
        }
        // Occasional artefacts in every recording, so an artefact is never a class signature by itself.
        var a = r.Derive("artefacts");
        for (int i = a.Poisson(seconds / 60 * 0.8); i > 0; i--)
            overlays.Add(a.Chance(0.5)
                ? new EegOverlay(EegOverlayKind.Muscle, a.Uniform(0, seconds - 3), a.Uniform(1, 3), a.Uniform(8, 30), a.Chance(0.5) ? "left" : "right", 0, 0, a.Chance(0.3) ? 1.3 : 0)
                : new EegOverlay(EegOverlayKind.EyeMovements, a.Uniform(0, seconds - 3), a.Uniform(1, 3), a.Uniform(50, 150), "", 0));
        return WakeEeg.Render(electrodes, subject, sampleRateHz, EpochSeconds, epochs, overlays, r.Derive("render"));
    }

    /// <summary>EDF+ patient field for a subject.</summary>
    public static EdfPatient Patient(SubjectProfile s, string code) =>
        new(code, s.Sex == SubjectSex.Female ? "F" : "M", null, "X", $"Age:{Math.Round(s.AgeYears):0}");
}
