namespace SleepFM.Synthetic.Analysis;

/// <summary>A one-sided power spectral density.</summary>
/// <param name="FrequenciesHz">Bin centre frequencies, 0 … fs/2.</param>
/// <param name="Density">Power per Hz at each bin (signal unit² / Hz).</param>
public sealed record PowerSpectrum(double[] FrequenciesHz, double[] Density)
{
    /// <summary>Power in [<paramref name="lowHz"/>, <paramref name="highHz"/>) (rectangle rule), signal unit².</summary>
    /// <param name="lowHz">Lower edge, inclusive.</param>
    /// <param name="highHz">Upper edge, exclusive.</param>
    public double BandPower(double lowHz, double highHz)
    {
        double df = FrequenciesHz.Length > 1 ? FrequenciesHz[1] - FrequenciesHz[0] : 0, sum = 0;
        for (int i = 0; i < FrequenciesHz.Length; i++)
            if (FrequenciesHz[i] >= lowHz && FrequenciesHz[i] < highHz) sum += Density[i];
        return sum * df;
    }

    /// <summary>Share of the power in [lowHz, highHz) relative to [totalLowHz, totalHighHz), 0–1.</summary>
    /// <param name="lowHz">Band lower edge.</param>
    /// <param name="highHz">Band upper edge.</param>
    /// <param name="totalLowHz">Reference range lower edge.</param>
    /// <param name="totalHighHz">Reference range upper edge.</param>
    public double RelativeBandPower(double lowHz, double highHz, double totalLowHz = 0.5, double totalHighHz = 30)
    {
        double total = BandPower(totalLowHz, totalHighHz);
        return total > 0 ? BandPower(lowHz, highHz) / total : 0;
    }
}
