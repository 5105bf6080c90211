using SleepFM.Channels;

namespace SleepFM.Tests.Channels;

/// <summary>Label normalisation: the canonical examples of real exports, each kind, and robustness.</summary>
public class ChannelLabelTests
{
    /// <summary>Referential labels name their active electrode.</summary>
    [Theory]
    [InlineData("EEG Fp1-Ref", "Fp1", "Ref")]
    [InlineData("EEG FP1-REF", "Fp1", "Ref")]      // TUH upper case
    [InlineData("EEG FP1-LE", "Fp1", "LE")]        // TUH linked ears
    [InlineData("EEG CZ-AVG", "Cz", "Avg")]
    [InlineData("POL Fp1", "Fp1", null)]           // Nihon Kohden polygraph prefix
    [InlineData("Fc5.", "FC5", null)]              // BCI2000 dot padding
    [InlineData("C3..", "C3", null)]
    [InlineData("Cz..", "Cz", null)]
    [InlineData("Fcz.", "FCz", null)]
    [InlineData("Af3.", "AF3", null)]
    [InlineData("T10.", "T10", null)]
    [InlineData("fpz", "Fpz", null)]
    [InlineData("O1", "O1", null)]
    [InlineData("T7", "T7", null)]
    [InlineData("T3", "T3", null)]                 // old name kept as recorded
    [InlineData("  EEG t5-REF  ", "T5", "Ref")]
    [InlineData("F3:M1+M2", "F3", "M1+M2")]        // linked mastoids
    [InlineData("O1:M1:M2", "O1", "M1+M2")]
    [InlineData("FZ-A1A2", "Fz", "A1+A2")]
    [InlineData("O2-x", "O2", "x")]
    [InlineData("LOC", "LOC", null)]
    [InlineData("ROC", "ROC", null)]
    [InlineData("EOG left", "LOC", null)]
    [InlineData("EOG(R)", "ROC", null)]
    [InlineData("L-EOG", "LOC", null)]
    [InlineData("E1 (LEOG)", "E1", null)]
    [InlineData("M1", "M1", null)]
    public void Referential_labels_name_their_active_electrode(string raw, string name, string? reference)
    {
        var label = ChannelLabel.Parse(raw);
        Assert.Equal(ChannelKind.Referential, label.Kind);
        Assert.Equal(name, label.Name);
        Assert.Equal(reference, label.Reference);
        Assert.Equal(raw, label.Raw);
        Assert.Equal([name], label.Electrodes);
    }

    /// <summary>Bipolar labels keep both electrodes.</summary>
    [Theory]
    [InlineData("EEG C3-A2", "C3", "A2")]
    [InlineData("C4-M1", "C4", "M1")]
    [InlineData("C3:M2", "C3", "M2")]
    [InlineData("EEG Fpz-Cz", "Fpz", "Cz")]
    [InlineData("EEG Pz-Oz", "Pz", "Oz")]
    [InlineData("Fp1/A2", "Fp1", "A2")]
    [InlineData("C3M2", "C3", "M2")]               // separator-less export
    [InlineData("FP1A2", "Fp1", "A2")]
    [InlineData("EEG F3-A22", "F3", "A2")]         // recording index glued to the reference
    [InlineData("01-A2", "O1", "A2")]              // zero typed for O
    [InlineData("E1-M2", "E1", "M2")]
    [InlineData("EOG ROC-A1", "ROC", "A1")]
    [InlineData("EOGr512:M2", "ROC", "M2")]
    [InlineData("M2:M1", "M2", "M1")]
    [InlineData("T6:T5", "T6", "T5")]
    public void Bipolar_labels_keep_both_electrodes(string raw, string first, string second)
    {
        var label = ChannelLabel.Parse(raw);
        Assert.Equal(ChannelKind.Bipolar, label.Kind);
        Assert.Equal(first, label.Electrode1);
        Assert.Equal(second, label.Electrode2);
        Assert.Equal($"{first}-{second}", label.Name);
        Assert.Null(label.Reference);
    }

    /// <summary>Non eeg labels name no electrodes.</summary>
    [Theory]
    [InlineData("ECG II")]
    [InlineData("EKG")]
    [InlineData("ECG1-ECG2")]
    [InlineData("Chest")]
    [InlineData("Abdomen")]
    [InlineData("SaO2")]
    [InlineData("SpO2")]
    [InlineData("Flow")]
    [InlineData("Airflow")]
    [InlineData("Nasal Pressure")]
    [InlineData("Chin1-Chin2")]
    [InlineData("LLeg")]
    [InlineData("EMG submental")]
    [InlineData("EKG_L-Cz")]                      // names Cz but is an ECG lead
    [InlineData("Chin_L-Cz")]
    [InlineData("EDF Annotations")]
    [InlineData("")]
    [InlineData("Position")]
    public void Non_eeg_labels_name_no_electrodes(string raw)
    {
        var label = ChannelLabel.Parse(raw);
        Assert.Equal(ChannelKind.NonEeg, label.Kind);
        Assert.Empty(label.Electrodes);
        Assert.Equal(raw.Trim(), label.Name);
    }

    /// <summary>Generic eeg labels are unspecified.</summary>
    [Theory]
    [InlineData("EEG")]
    [InlineData("EEG 2")]
    [InlineData("EEG(sec)")]
    [InlineData("EEG sec")]
    [InlineData("EEG2")]
    [InlineData("EEG SP1-REF")]                   // TUH sphenoidal: EEG, but off the 10-05 grid
    public void Generic_eeg_labels_are_unspecified(string raw)
    {
        var label = ChannelLabel.Parse(raw);
        Assert.Equal(ChannelKind.UnspecifiedEeg, label.Kind);
        Assert.Empty(label.Electrodes);
    }

    /// <summary>Three or more electrodes are compound.</summary>
    [Theory]
    [InlineData("F4-M1:F3-M2", new[] { "F4", "M1", "F3", "M2" })]
    [InlineData("O1:E1:M1", new[] { "O1", "E1", "M1" })]
    [InlineData("A2:A1:C3", new[] { "A2", "A1", "C3" })]
    public void Three_or_more_electrodes_are_compound(string raw, string[] electrodes)
    {
        var label = ChannelLabel.Parse(raw);
        Assert.Equal(ChannelKind.Compound, label.Kind);
        Assert.Equal(electrodes, label.Electrodes);
    }

    /// <summary>Whitespace is collapsed in non eeg names.</summary>
    [Fact]
    public void Whitespace_is_collapsed_in_non_eeg_names() =>
        Assert.Equal("ECG II", ChannelLabel.Parse("ECG   II ").Name);

    /// <summary>Null label is rejected.</summary>
    [Fact]
    public void Null_label_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => ChannelLabel.Parse(null!));

    /// <summary>Arbitrary text never throws.</summary>
    [Fact]
    public void Arbitrary_text_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "EEGOCFPTAMz0123456789-:/+.() _#xX";
        for (int i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var label = ChannelLabel.Parse(new string(chars));
            Assert.NotNull(label.Name);
            Assert.Equal(label.Kind switch
            {
                ChannelKind.Referential => 1,
                ChannelKind.Bipolar => 2,
                ChannelKind.Compound => Math.Max(3, label.Electrodes.Count),
                _ => 0,
            }, label.Electrodes.Count);
        }
    }
}
