using SleepFM.Channels;

namespace SleepFM.Tests.Channels;

/// <summary>SleepFM's per-modality channel caps.</summary>
public class ModalityLimitsTests
{
    /// <summary>Caps match sleepfm.</summary>
    [Theory]
    [InlineData(Modality.BAS, 10)]
    [InlineData(Modality.RESP, 7)]
    [InlineData(Modality.ECG, 2)]
    [InlineData(Modality.EMG, 4)]
    [InlineData(Modality.Other, 0)]
    public void Caps_match_sleepfm(Modality modality, int cap) =>
        Assert.Equal(cap, ModalityLimits.MaxChannels(modality));

    /// <summary>Pretraining modalities are the four capped ones.</summary>
    [Fact]
    public void Pretraining_modalities_are_the_four_capped_ones() =>
        Assert.Equal([Modality.BAS, Modality.ECG, Modality.RESP, Modality.EMG], ModalityLimits.PretrainingModalities);
}
