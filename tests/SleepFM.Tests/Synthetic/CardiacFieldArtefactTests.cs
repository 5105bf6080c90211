using SleepFM.Synthetic;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Tests.Synthetic;

/// <summary>
/// The ECG artefact of the EEG: a QRS at every beat in mastoid- or ear-referenced derivations, of opposite sign left
/// and right, and none in a bipolar scalp derivation; in a synthesized night it is there at the beats.
/// </summary>
public sealed class CardiacFieldArtefactTests(SynthNights nights) : IClassFixture<SynthNights>
{
    [Theory]
    [InlineData("M1", 1)]
    [InlineData("A1", 1)]
    [InlineData("M2", -1)]
    [InlineData("a2", -1)]
    [InlineData("C3", 0.1)]
    [InlineData("O2", -0.1)]
    [InlineData("E1", 0.1)]
    [InlineData("Cz", 0)]
    [InlineData("AVG", 0)]
    public void Electrode_weights_follow_side_and_distance_to_the_neck(string electrode, double weight) =>
        Assert.Equal(weight, CardiacFieldArtefact.Weight(electrode));

    [Fact]
    public void Referential_derivations_carry_a_scaled_lead_ii_and_bipolar_scalp_ones_none()
    {
        const double fs = 200;
        double[] beats = Enumerable.Range(0, 20).Select(i => 0.5 + i * 0.9).ToArray();
        var derivations = new[] { "C4-M1", "C3-M2", "F4-C4" }.Select(EegDerivation.Parse).ToArray();
        var signals = derivations.Select(_ => new float[(int)(fs * 19)]).ToArray();
        CardiacFieldArtefact.Add(signals, derivations, beats, EcgMorphology.Normal, fs, new SynthRandom(7));
        var leadII = EcgSynthesizer.Generate(beats, EcgMorphology.Normal, [EcgLead.II], fs, signals[0].Length, new SynthRandom(7).Derive("field"), noiseMv: 0)[0];
        double gain = signals[1][Peak(leadII)] / leadII[Peak(leadII)] / 1.1; // C3-M2: 0.1 − (−1)
        Assert.InRange(gain, 2, 20);
        for (int i = 0; i < leadII.Length; i++)
        {
            Assert.Equal(-1.1 * gain * leadII[i], signals[0][i], 1e-3);
            Assert.Equal(1.1 * gain * leadII[i], signals[1][i], 1e-3);
            Assert.Equal(0f, signals[2][i]);
        }
    }

    [Fact]
    public void A_synthesized_night_shows_a_qrs_locked_deflection_in_c4_m1()
    {
        // Beat-triggered average of C4-M1 (200 Hz), minus its mean 150 ms either side: a sharp peak at the R wave,
        // well above the same measure at as many random times.
        foreach (var night in nights.Clinical)
        {
            var eeg = night.Signal("C4-M1").Samples;
            double Average(IEnumerable<double> times, int offset) => times.Select(t => (int)Math.Round(t * 200) + offset)
                .Where(i => i >= 0 && i < eeg.Length).Average(i => (double)eeg[i]);
            var beats = night.BeatTimesSeconds.Skip(5).Take(night.BeatTimesSeconds.Count - 10).ToArray();
            double atR = Math.Abs(Average(beats, 0) - 0.5 * (Average(beats, -30) + Average(beats, 30)));
            var random = new Random(1);
            var anywhere = beats.Select(_ => random.NextDouble() * night.DurationSeconds).ToArray();
            double elsewhere = Math.Abs(Average(anywhere, 0) - 0.5 * (Average(anywhere, -30) + Average(anywhere, 30)));
            Assert.True(atR > 1.0 && atR > 3 * elsewhere, $"{night.Subject.SubjectId}: R-locked {atR:F2} µV vs random times {elsewhere:F2} µV");
        }
    }

    static int Peak(float[] x) => Array.IndexOf(x, x.Max());
}
