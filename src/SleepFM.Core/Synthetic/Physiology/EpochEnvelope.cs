namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// Turns one value per epoch into a per-sample envelope: constant inside an epoch, with a linear
/// cross-fade of ±<c>rampSamples</c> around each boundary so a stage change does not step.
/// </summary>
internal static class EpochEnvelope
{
    public static void Fill(Span<float> destination, long firstSample, double samplesPerEpoch, ReadOnlySpan<float> perEpoch, double rampSamples)
    {
        int last = perEpoch.Length - 1;
        // Fast path: a block inside one epoch and clear of both ramps is a constant.
        int k0 = (int)Math.Floor(firstSample / samplesPerEpoch);
        double into0 = firstSample - k0 * samplesPerEpoch, intoEnd = into0 + destination.Length - 1;
        if (k0 >= 0 && k0 <= last && (into0 >= rampSamples || k0 == 0) && (samplesPerEpoch - intoEnd >= rampSamples || k0 == last) && intoEnd < samplesPerEpoch)
        {
            destination.Fill(perEpoch[k0]);
            return;
        }
        for (int i = 0; i < destination.Length; i++)
        {
            double t = firstSample + i;
            int k = (int)Math.Floor(t / samplesPerEpoch);
            double intoEpoch = t - k * samplesPerEpoch;
            int kc = Math.Clamp(k, 0, last);
            float v = perEpoch[kc];
            if (intoEpoch < rampSamples && k > 0 && k <= last)
            {
                float prev = perEpoch[k - 1];
                v = (float)(prev + (v - prev) * (0.5 + 0.5 * intoEpoch / rampSamples));
            }
            else if (samplesPerEpoch - intoEpoch < rampSamples && k >= 0 && k < last)
            {
                float next = perEpoch[k + 1];
                v = (float)(v + (next - v) * (0.5 - 0.5 * (samplesPerEpoch - intoEpoch) / rampSamples));
            }
            destination[i] = v;
        }
    }
}
