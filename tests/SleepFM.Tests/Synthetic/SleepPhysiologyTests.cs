using SleepFM.Synthetic.Physiology;
using SleepFM.Synthetic.Sleep;
using Xunit.Abstractions;

namespace SleepFM.Tests.Synthetic;

/// <summary>
/// The synthetic nights show the physiology the stages are defined by, measured the way a scorer would:
/// band powers per 30-s epoch, EMG RMS, heart rate from beats, SpO2 minima after events.
/// </summary>
public sealed class SleepPhysiologyTests(SynthNights nights, ITestOutputHelper output) : IClassFixture<SynthNights>
{
    double MeanOver(SleepStage stage, Func<SyntheticRecording, int, double> feature) =>
        nights.Clinical.SelectMany(n => Enumerable.Range(0, n.Hypnogram.Stages.Count)
            .Where(i => n.Hypnogram.Stages[i] == stage).Select(i => feature(n, i))).Where(double.IsFinite).Average();

    Dictionary<SleepStage, double> PerStage(string name, Func<SyntheticRecording, int, double> feature)
    {
        var values = Enum.GetValues<SleepStage>().ToDictionary(s => s, s => MeanOver(s, feature));
        output.WriteLine($"{name}: " + string.Join("  ", values.Select(kv => $"{kv.Key}={kv.Value:F3}")));
        return values;
    }

    /// <summary>Relative alpha (8–12 Hz) at O1-M2/O2-M1 is highest in wake, clearly above every sleep stage.</summary>
    [Fact]
    public void AlphaShareIsHighestInWake()
    {
        var alpha = PerStage("alpha share O1/O2", (n, i) => 0.5 * (EpochFeatures.Spectrum(n, "O1-M2", i).RelativeBandPower(8, 12)
                                                                  + EpochFeatures.Spectrum(n, "O2-M1", i).RelativeBandPower(8, 12)));
        foreach (var s in new[] { SleepStage.N1, SleepStage.N2, SleepStage.N3, SleepStage.Rem })
            Assert.True(alpha[SleepStage.Wake] > 1.5 * alpha[s], $"alpha W {alpha[SleepStage.Wake]:F3} vs {s} {alpha[s]:F3}");
    }

    /// <summary>Relative delta (0.5–4 Hz) at F4-M1 is highest in N3, and N3 is high-amplitude (C4-M1 RMS ≥ 1.5× wake).</summary>
    [Fact]
    public void DeltaShareAndAmplitudeAreHighestInN3()
    {
        var delta = PerStage("delta share F4", (n, i) => EpochFeatures.Spectrum(n, "F4-M1", i).RelativeBandPower(0.5, 4));
        foreach (var s in new[] { SleepStage.Wake, SleepStage.N1, SleepStage.N2, SleepStage.Rem })
            Assert.True(delta[SleepStage.N3] > delta[s] + 0.08, $"delta N3 {delta[SleepStage.N3]:F3} vs {s} {delta[s]:F3}");
        var rms = PerStage("C4-M1 RMS uV", (n, i) => EpochFeatures.Rms(n, "C4-M1", i));
        Assert.True(rms[SleepStage.N3] > 1.5 * rms[SleepStage.Wake]);
    }

    /// <summary>Sigma (11–16 Hz) at C3/C4 is higher in N2 than in N1 and wake, and spindles sit in N2/N3.</summary>
    [Fact]
    public void SigmaIsHigherInN2()
    {
        var sigma = PerStage("sigma share C3/C4", (n, i) => 0.5 * (EpochFeatures.Spectrum(n, "C3-M2", i).RelativeBandPower(11, 16)
                                                                  + EpochFeatures.Spectrum(n, "C4-M1", i).RelativeBandPower(11, 16)));
        Assert.True(sigma[SleepStage.N2] > 1.2 * sigma[SleepStage.N1], $"N2 {sigma[SleepStage.N2]:F3} vs N1 {sigma[SleepStage.N1]:F3}");
        Assert.True(sigma[SleepStage.N2] > 1.2 * sigma[SleepStage.Wake], $"N2 {sigma[SleepStage.N2]:F3} vs W {sigma[SleepStage.Wake]:F3}");
        var spindles = nights.Clinical.SelectMany(n => n.EegTransients.Where(t => t.Kind == EegTransientKind.Spindle).Select(t => n.Hypnogram.StageAt(t.OnsetSeconds))).ToList();
        Assert.True(spindles.Count(s => s is SleepStage.N2 or SleepStage.N3) > 0.9 * spindles.Count);
    }

    /// <summary>Chin EMG is lowest in REM (atonia) and highest in wake; EOG is largest in wake and REM (eye movements).</summary>
    [Fact]
    public void ChinEmgIsLowestInRemAndEogHighInWakeAndRem()
    {
        var emg = PerStage("chin RMS uV", (n, i) => EpochFeatures.Rms(n, "Chin1-Chin2", i));
        Assert.Equal(SleepStage.Rem, emg.MinBy(kv => kv.Value).Key);
        Assert.Equal(SleepStage.Wake, emg.MaxBy(kv => kv.Value).Key);
        var eog = PerStage("E1-M2 0.3-4 Hz power", (n, i) => EpochFeatures.Spectrum(n, "E1-M2", i).BandPower(0.3, 4));
        Assert.True(eog[SleepStage.Rem] > 2 * eog[SleepStage.N2] && eog[SleepStage.Wake] > 2 * eog[SleepStage.N2]);
    }

    /// <summary>Heart rate is lower in N3 than in wake (by ≥ 5 bpm) and most variable in REM; the ECG R peaks are where the beats are.</summary>
    [Fact]
    public void HeartRateDropsInN3()
    {
        var hr = PerStage("HR bpm", EpochFeatures.HeartRate);
        Assert.True(hr[SleepStage.Wake] - hr[SleepStage.N3] >= 5, $"W {hr[SleepStage.Wake]:F1} vs N3 {hr[SleepStage.N3]:F1}");
        var sd = PerStage("RR SD ms", (n, i) =>
        {
            var b = n.BeatTimesSeconds.Where(t => t >= i * 30 && t < i * 30 + 30).ToArray();
            var rr = b.Zip(b.Skip(1), (x, y) => 1000 * (y - x)).ToArray();
            return rr.Length < 3 ? double.NaN : Math.Sqrt(rr.Average(v => (v - rr.Average()) * (v - rr.Average())));
        });
        Assert.True(sd[SleepStage.Rem] > sd[SleepStage.N3]);
        var night = nights.Clinical[0];
        var ecg = night.Signal("ECG II").Samples;
        foreach (var beat in night.BeatTimesSeconds.Skip(10).Take(20))
        {
            int at = (int)Math.Round(beat * 200);
            float peak = ecg.AsSpan(at - 20, 41).ToArray().Max();
            Assert.True(Math.Abs(ecg[at] - peak) < 0.15, "R peak of lead II at the beat time");
            Assert.InRange(peak, 0.5, 2.5);
        }
    }

    /// <summary>Every SpO2 minimum follows its apnea's end by 10–40 s and is 3–12 points deep; events avoid wake and N3 is underrepresented.</summary>
    [Fact]
    public void SpO2MinimaFollowApneaEnds()
    {
        int checkedEvents = 0;
        var lags = new List<double>();
        foreach (var n in nights.Clinical)
        {
            var spo2 = n.Signal("SpO2").Samples; // 1 Hz
            var events = n.RespiratoryEvents;
            for (int k = 0; k < events.Count; k++)
            {
                var e = events[k];
                double windowEnd = Math.Min(e.EndSeconds + 45, k + 1 < events.Count ? events[k + 1].EndSeconds + 5 : double.MaxValue);
                // Isolated events only: a preceding event's dip would otherwise overlap this one's.
                if (windowEnd > spo2.Length - 1 || k > 0 && events[k - 1].EndSeconds + 45 > e.OnsetSeconds) continue;
                int from = (int)e.OnsetSeconds, to = (int)windowEnd;
                int argMin = from + Array.IndexOf(spo2[from..to], spo2[from..to].Min());
                double drop = n.Subject.BaselineSpO2Percent - spo2[argMin];
                lags.Add(argMin - e.EndSeconds);
                Assert.True(argMin - e.EndSeconds is >= 10 and <= 40, $"{e}: nadir {argMin - e.EndSeconds:F1} s after the end");
                Assert.True(drop is >= 2 and <= 14, $"{e}: drop {drop:F1} points");
                checkedEvents++;
                Assert.NotEqual(SleepStage.Wake, n.Hypnogram.StageAt(e.OnsetSeconds));
            }
        }
        output.WriteLine($"{checkedEvents} events, SpO2 nadir lag after event end: mean {lags.Average():F1} s, min {lags.Min():F0}, max {lags.Max():F0}");
        Assert.True(checkedEvents >= 25, $"only {checkedEvents} events checked");
        var kinds = nights.Clinical.SelectMany(n => n.RespiratoryEvents).Select(e => e.Kind).Distinct().Count();
        Assert.Equal(3, kinds);
    }

    /// <summary>Obstructive apnea: airflow nearly absent while the belts keep moving in opposite phase; central: both flat.</summary>
    [Fact]
    public void ApneaTypesLookRightOnTheBelts()
    {
        foreach (var n in nights.Clinical)
            foreach (var e in n.RespiratoryEvents.Where(e => e.Kind != RespiratoryEventKind.Hypopnea && e.DurationSeconds > 14))
            {
                int a = (int)((e.OnsetSeconds + 4) * 32), b = (int)((e.EndSeconds - 3) * 32);
                int pa = (int)((e.OnsetSeconds - 40) * 32);
                if (pa < 0) continue;
                double Rms(string label, int from, int to) { var x = n.Signal(label).Samples[from..to]; double m = x.Average(v => (double)v); return Math.Sqrt(x.Average(v => (v - m) * (v - m))); }
                double flowRatio = Rms("Airflow", a, b) / Rms("Airflow", pa, pa + 30 * 32);
                double chestRatio = Rms("Chest", a, b) / Rms("Chest", pa, pa + 30 * 32);
                Assert.True(flowRatio < 0.2, $"{e}: airflow ratio {flowRatio:F2}");
                if (e.Kind == RespiratoryEventKind.CentralApnea) Assert.True(chestRatio < 0.2, $"{e}: chest ratio {chestRatio:F2}");
                else
                {
                    Assert.True(chestRatio > 0.6, $"{e}: chest ratio {chestRatio:F2}");
                    var chest = n.Signal("Chest").Samples[a..b];
                    var abdomen = n.Signal("Abdomen").Samples[a..b];
                    double corr = chest.Zip(abdomen, (x, y) => (double)x * y).Sum();
                    Assert.True(corr < 0, $"{e}: belts not paradoxical");
                }
            }
    }

    /// <summary>
    /// A band-power + EMG scorer (multinomial logistic regression) trained on two subjects stages two
    /// unseen subjects plausibly but not perfectly: learnable, not trivial.
    /// </summary>
    [Fact]
    public void BandPowerStagingReachesPlausibleAccuracy()
    {
        var train = nights.Clinical.Take(2).ToList();
        var test = nights.Clinical.Skip(2).ToList();
        var x = train.SelectMany(n => Enumerable.Range(0, n.Hypnogram.Stages.Count).Select(i => EpochFeatures.StagingVector(n, i))).ToList();
        var y = train.SelectMany(n => n.Hypnogram.Stages.Select(s => (int)s)).ToList();
        var model = new SoftmaxRegression(x, y, 5);
        var predicted = test.SelectMany(n => Enumerable.Range(0, n.Hypnogram.Stages.Count).Select(i => model.Predict(EpochFeatures.StagingVector(n, i)))).ToList();
        var truth = test.SelectMany(n => n.Hypnogram.Stages.Select(s => (int)s)).ToList();
        double accuracy = predicted.Zip(truth).Count(p => p.First == p.Second) / (double)truth.Count;
        var recall = Enumerable.Range(0, 5).Select(c => truth.Count(t => t == c) == 0 ? double.NaN
            : predicted.Zip(truth).Count(p => p.Second == c && p.First == c) / (double)truth.Count(t => t == c)).ToArray();
        output.WriteLine($"five-class accuracy {accuracy:F3}; recall W/N1/N2/N3/REM {string.Join(" ", recall.Select(r => r.ToString("F2")))}");
        Assert.InRange(accuracy, 0.55, 0.95);
    }
}
