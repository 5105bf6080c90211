using System.Text.Json;
using SleepFM.Channels;
using SleepFM.Synthetic.Sleep;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Synthetic;

/// <summary>The synthetic cohorts use real labels that the project's modality rules file correctly.</summary>
public sealed class CohortDefinitionTests
{
    /// <summary>Every channel label classifies to the modality the generator intends.</summary>
    [Fact]
    public void EveryLabelClassifiesToItsModality()
    {
        foreach (var cohort in CohortDefinition.BuiltIn)
        {
            cohort.Validate();
            foreach (var c in cohort.Channels)
                Assert.True(ModalityClassifier.Classify(c.Label).Modality == c.ExpectedModality,
                    $"{cohort.Name}: '{c.Label}' classified as {ModalityClassifier.Classify(c.Label)}, expected {c.ExpectedModality}");
        }
    }

    /// <summary>The two cohorts differ in montage and rates (128/256 Hz vs 200 Hz, 1/10/32 Hz respiration) and mains.</summary>
    [Fact]
    public void CohortsDifferInMontageRatesAndMains()
    {
        var a = CohortDefinition.ShhsLike;
        var b = CohortDefinition.ClinicalLike;
        Assert.Empty(a.Channels.Select(c => c.Label).Intersect(b.Channels.Select(c => c.Label)));
        Assert.Equal(new[] { 1, 10, 128, 256 }, a.Channels.Select(c => c.SampleRateHz).Distinct().Order());
        Assert.Equal(new[] { 1, 32, 200 }, b.Channels.Select(c => c.SampleRateHz).Distinct().Order());
        Assert.NotEqual(a.LineFrequencyHz, b.LineFrequencyHz);
        foreach (var cohort in CohortDefinition.BuiltIn)
            Assert.Equal(new[] { Modality.BAS, Modality.ECG, Modality.RESP, Modality.EMG }.Order(), cohort.Channels.Select(c => c.ExpectedModality).Distinct().Order());
    }

    /// <summary>Each label is one SleepFM saw in a real cohort, in the group the generator intends.</summary>
    [FixtureFact]
    public void LabelsAreRealAliasesInTheRightGroup()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("channels", "sleepfm_channel_groups.json")));
        var groups = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name,
            p => p.Value.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase));
        foreach (var c in CohortDefinition.BuiltIn.SelectMany(x => x.Channels))
        {
            string group = c.ExpectedModality == Modality.ECG ? "EKG" : c.ExpectedModality.ToString();
            Assert.True(groups[group].Contains(c.Label), $"'{c.Label}' is not among SleepFM's real {group} aliases");
        }
    }

    /// <summary>Invalid definitions are rejected with the offending label named.</summary>
    [Fact]
    public void ValidateRejectsBadDefinitions()
    {
        var tooLong = CohortDefinition.ShhsLike with { Channels = [CohortChannel.Eeg("A label that is too long", "C3-M2", 128)] };
        Assert.Contains("A label that is too long", Assert.Throws<ArgumentException>(tooLong.Validate).Message);
        var mixed = CohortDefinition.ShhsLike with { Channels = [CohortChannel.Eeg("C3-M2", "C3-M2", 128), CohortChannel.Eeg("C4-M1", "C4-M1", 256)] };
        Assert.Throws<ArgumentException>(mixed.Validate);
    }
}
