using SleepFM.Synthetic.Analysis;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Tests.Synthetic;

/// <summary>Per-epoch band powers and EMG/heart features of a synthetic night (the tests' simple "scorer").</summary>
public static class EpochFeatures
{
    /// <summary>Welch spectrum of one 30-s epoch of a channel.</summary>
    public static PowerSpectrum Spectrum(SyntheticRecording night, string label, int epoch)
    {
        var s = night.Signal(label);
        int rate = s.Channel.SampleRateHz, n = 30 * rate;
        int segment = rate >= 200 ? 512 : 256;
        return Welch.Compute(s.Samples.AsSpan(epoch * n, n), rate, segment);
    }

    /// <summary>RMS of a channel over one epoch.</summary>
    public static double Rms(SyntheticRecording night, string label, int epoch)
    {
        var s = night.Signal(label);
        int n = 30 * s.Channel.SampleRateHz;
        double sum = 0;
        foreach (var x in s.Samples.AsSpan(epoch * n, n)) sum += x * (double)x;
        return Math.Sqrt(sum / n);
    }

    /// <summary>Mean heart rate (bpm) over one epoch from the beat times.</summary>
    public static double HeartRate(SyntheticRecording night, int epoch)
    {
        var beats = night.BeatTimesSeconds.Where(t => t >= epoch * 30 && t < epoch * 30 + 30).ToArray();
        if (beats.Length < 2) return double.NaN;
        return 60 * (beats.Length - 1) / (beats[^1] - beats[0]);
    }

    /// <summary>Feature vector for staging: log band powers of a central and an occipital EEG, EOG power, chin EMG.</summary>
    public static double[] StagingVector(SyntheticRecording night, int epoch)
    {
        var c = Spectrum(night, "C4-M1", epoch);
        var o = Spectrum(night, "O2-M1", epoch);
        var e = Spectrum(night, "E1-M2", epoch);
        double total = c.BandPower(0.5, 30);
        return
        [
            Math.Log(c.BandPower(0.5, 4) / total), Math.Log(c.BandPower(4, 8) / total), Math.Log(c.BandPower(11, 16) / total),
            Math.Log(c.BandPower(16, 30) / total), Math.Log(o.BandPower(8, 12) / o.BandPower(0.5, 30)), Math.Log(total),
            Math.Log(e.BandPower(0.3, 4)), Math.Log(Rms(night, "Chin1-Chin2", epoch)),
        ];
    }
}
