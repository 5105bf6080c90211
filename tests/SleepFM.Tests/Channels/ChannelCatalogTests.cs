using SleepFM.Channels;

namespace SleepFM.Tests.Channels;

/// <summary>The one-call description of a channel list used by inspect and the datasets.</summary>
public class ChannelCatalogTests
{
    static readonly string[] PsgLabels =
    [
        "EEG F3-A2", "EEG C3-A2", "EEG O1-A2", "EEG F4-A1", "EEG C4-A1", "EEG O2-A1",
        "EOG LOC-A2", "EOG ROC-A2", "EMG Chin", "ECG II", "Leg/L", "Leg/R",
        "Airflow", "Nasal Pressure", "Thor", "Abdo", "SpO2", "Position", "EDF Annotations",
    ];

    /// <summary>Describe keeps order and fills every field.</summary>
    [Fact]
    public void Describe_keeps_order_and_fills_every_field()
    {
        var channels = ChannelCatalog.Describe(PsgLabels);
        Assert.Equal(PsgLabels, channels.Select(c => c.RawLabel));
        Assert.Equal(
            [Modality.BAS, Modality.BAS, Modality.BAS, Modality.BAS, Modality.BAS, Modality.BAS,
             Modality.BAS, Modality.BAS, Modality.EMG, Modality.ECG, Modality.EMG, Modality.EMG,
             Modality.RESP, Modality.RESP, Modality.RESP, Modality.RESP, Modality.RESP, Modality.Other, Modality.Other],
            channels.Select(c => c.Modality));
        var c3 = channels[1];
        Assert.Equal("C3-A2", c3.Name);
        Assert.Equal(ChannelKind.Bipolar, c3.Kind);
        Assert.NotNull(c3.Position);
        Assert.Null(c3.PositionWarning);
        Assert.Contains("'C3'", c3.ModalityReason);
        // EOG electrodes are off the 10-05 grid: a warning each, and nothing for the non-EEG channels.
        var warnings = ChannelCatalog.PositionWarnings(channels);
        Assert.Equal(2, warnings.Count);
        Assert.Contains("LOC", warnings[0]);
        Assert.Contains("ROC", warnings[1]);
    }

    /// <summary>SelectIndices applies sleepfm caps in file order.</summary>
    [Fact]
    public void SelectIndices_applies_sleepfm_caps_in_file_order()
    {
        var labels = Enumerable.Range(1, 8).Select(i => $"ECG{i}").Concat(["C3", "C4"]).ToList();
        var channels = ChannelCatalog.Describe(labels);
        Assert.Equal([0, 1], ChannelCatalog.SelectIndices(channels, Modality.ECG));
        Assert.Equal([0, 1, 2], ChannelCatalog.SelectIndices(channels, Modality.ECG, 3));
        Assert.Equal([8, 9], ChannelCatalog.SelectIndices(channels, Modality.BAS));
        Assert.Empty(ChannelCatalog.SelectIndices(channels, Modality.RESP));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelCatalog.SelectIndices(channels, Modality.BAS, -1));
    }

    /// <summary>The inspect line names the label, the rule and the position in invariant culture.</summary>
    [Fact]
    public void ToString_is_one_readable_line()
    {
        var line = ChannelCatalog.Describe(["EEG C3-REF"])[0].ToString();
        Assert.Equal("'EEG C3-REF' → C3 [Referential] BAS (10-05 electrode 'C3' → BAS); at (-0.588, 0.000, 0.809)", line);
    }

    /// <summary>Null label is rejected.</summary>
    [Fact]
    public void Null_label_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => ChannelCatalog.Describe(["C3", null!]));
}
