using System.Text.Json;
using SleepFM.Channels;
using SleepFM.Tests.Fixtures;
using Xunit.Abstractions;

namespace SleepFM.Tests.Channels;

/// <summary>Modality assignment: canonical examples, reasons, and generalisation to real cohort labels.</summary>
public class ModalityClassifierTests(ITestOutputHelper output)
{
    /// <summary>Canonical labels get their modality.</summary>
    [Theory]
    [InlineData("C4-M1", Modality.BAS)]
    [InlineData("EEG C3-A2", Modality.BAS)]
    [InlineData("Fc5.", Modality.BAS)]
    [InlineData("EEG Fp1-Ref", Modality.BAS)]
    [InlineData("EEG FP1-REF", Modality.BAS)]
    [InlineData("C3:M2", Modality.BAS)]
    [InlineData("EEG Fpz-Cz", Modality.BAS)]
    [InlineData("E1-M2", Modality.BAS)]
    [InlineData("LOC", Modality.BAS)]
    [InlineData("ROC", Modality.BAS)]
    [InlineData("EOG left", Modality.BAS)]
    [InlineData("EEG 2", Modality.BAS)]
    [InlineData("ECG II", Modality.ECG)]
    [InlineData("EKG", Modality.ECG)]
    [InlineData("ECG1-ECG2", Modality.ECG)]
    [InlineData("EKG_L-Cz", Modality.ECG)]
    [InlineData("MLII", Modality.ECG)]
    [InlineData("aVR", Modality.ECG)]
    [InlineData("DII", Modality.ECG)]
    [InlineData("AVF", Modality.ECG)]
    [InlineData("Chest", Modality.RESP)]
    [InlineData("Abdomen", Modality.RESP)]
    [InlineData("SaO2", Modality.RESP)]
    [InlineData("SpO2", Modality.RESP)]
    [InlineData("Flow", Modality.RESP)]
    [InlineData("Airflow", Modality.RESP)]
    [InlineData("Nasal Pressure", Modality.RESP)]
    [InlineData("Chin1-Chin2", Modality.EMG)]
    [InlineData("LLeg", Modality.EMG)]
    [InlineData("EMG submental", Modality.EMG)]
    [InlineData("Chin_L-Cz", Modality.EMG)]
    [InlineData("Temporalis-L", Modality.EMG)]    // "oral" inside must not make it RESP
    [InlineData("EDF Annotations", Modality.Other)]
    [InlineData("EEG PHOTIC-REF", Modality.Other)]
    [InlineData("Light", Modality.Other)]
    [InlineData("DC01", Modality.Other)]
    public void Canonical_labels_get_their_modality(string raw, Modality expected)
    {
        var assignment = ModalityClassifier.Classify(raw);
        Assert.True(expected == assignment.Modality, $"'{raw}': expected {expected}, got {assignment}");
        Assert.False(string.IsNullOrWhiteSpace(assignment.Reason));
    }

    /// <summary>Reason names the rule.</summary>
    [Theory]
    [InlineData("C3", "10-05 electrode 'C3' → BAS")]
    [InlineData("Chest", "alias 'chest' in RESP table")]
    [InlineData("ECG II", "alias 'ecg' in ECG table")]
    [InlineData("C4-M1", "bipolar derivation of 10-05 electrode 'C4' and ear/mastoid electrode 'M1' → BAS")]
    [InlineData("LOC", "EOG electrode 'LOC' → BAS")]
    [InlineData("T3", "10-20 electrode 'T3' → BAS")]
    public void Reason_names_the_rule(string raw, string reason) =>
        Assert.Equal(reason, ModalityClassifier.Classify(raw).Reason);

    /// <summary>
    /// Held-out labels from other public corpora (Sleep-EDF, TUH, CHB-MIT, SHHS/MESA exports, PTB-XL,
    /// MIT-BIH), none of them taken from SleepFM's list: the rules must generalise beyond it.
    /// </summary>
    [Theory]
    [InlineData("EEG Pz-Oz", Modality.BAS)]
    [InlineData("EOG horizontal", Modality.BAS)]
    [InlineData("Resp oro-nasal", Modality.RESP)]
    [InlineData("Temp rectal", Modality.Other)]
    [InlineData("Event marker", Modality.Other)]
    [InlineData("EEG T1-REF", Modality.BAS)]
    [InlineData("EEG EKG1-REF", Modality.ECG)]
    [InlineData("EEG IBI", Modality.Other)]
    [InlineData("FP1-F7", Modality.BAS)]
    [InlineData("T7-FT9", Modality.BAS)]
    [InlineData("FT9-FT10", Modality.BAS)]
    [InlineData("--0", Modality.Other)]
    [InlineData("POSITION", Modality.Other)]
    [InlineData("OX stat", Modality.Other)]
    [InlineData("V5", Modality.ECG)]
    [InlineData("III", Modality.ECG)]
    [InlineData("PLETH", Modality.RESP)]
    [InlineData("Cannula Flow", Modality.RESP)]
    [InlineData("LAT", Modality.EMG)]
    [InlineData("R Tibialis", Modality.EMG)]
    public void Held_out_labels_from_other_corpora_classify_correctly(string raw, Modality expected)
    {
        var assignment = ModalityClassifier.Classify(raw);
        Assert.True(expected == assignment.Modality, $"'{raw}': expected {expected}, got {assignment}");
    }

    /// <summary>
    /// Generalisation check against SleepFM's list of labels seen in real cohorts. The classifier holds
    /// no copy of that list: it has keyword rules plus the 10-05 electrode grammar.
    /// </summary>
    [FixtureFact]
    public void Sleepfm_cohort_labels_classify_at_least_97_percent_per_group()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("channels", "sleepfm_channel_groups.json")));
        var groups = new Dictionary<string, Modality>
        {
            ["BAS"] = Modality.BAS, ["EKG"] = Modality.ECG, ["RESP"] = Modality.RESP, ["EMG"] = Modality.EMG,
        };
        var failures = new List<string>();
        foreach (var (group, expected) in groups)
        {
            var labels = json.RootElement.GetProperty(group).EnumerateArray().Select(e => e.GetString()!).ToList();
            var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
            var misses = distinct
                .Select(label => (label, assignment: ModalityClassifier.Classify(label)))
                .Where(x => x.assignment.Modality != expected)
                .ToList();
            double accuracy = 1.0 - (double)misses.Count / distinct.Count;
            int missedListEntries = labels.Count(l => misses.Any(m => m.label == l));
            double listAccuracy = 1.0 - (double)missedListEntries / labels.Count;
            output.WriteLine($"{group} → {expected}: {distinct.Count - misses.Count}/{distinct.Count} distinct labels " +
                             $"({accuracy:P1}); {labels.Count - missedListEntries}/{labels.Count} list entries ({listAccuracy:P1})");
            foreach (var (label, assignment) in misses)
                output.WriteLine($"    miss: '{label}' → {assignment}");
            Assert.Equal(group == "BAS" ? 517 : group == "EKG" ? 52 : group == "RESP" ? 149 : 249, labels.Count);
            if (accuracy < 0.97)
                failures.Add($"{group}: {accuracy:P1} < 97%; misses: {string.Join(", ", misses.Select(m => $"'{m.label}'→{m.assignment.Modality}"))}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Bci2000 labels of S001R04 are brain activity at 10 05 sites.</summary>
    [FixtureFact]
    public void Bci2000_labels_of_S001R04_are_brain_activity_at_10_05_sites()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("reference", "edf_S001R04.json")));
        var labels = json.RootElement.GetProperty("labels_as_mne_reports").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(64, labels.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in labels)
        {
            var label = ChannelLabel.Parse(raw);
            Assert.True(label.Kind == ChannelKind.Referential, $"'{raw}' parsed as {label}");
            Assert.True(ElectrodePositions.Default.TryGetSite(label.Name, out _), $"'{raw}' → '{label.Name}' is not a 10-05 site");
            Assert.Contains(label.Name, ElectrodePositions.Default.Labels); // exact canonical spelling
            Assert.Equal(Modality.BAS, ModalityClassifier.Classify(label).Modality);
            names.Add(label.Name);
        }
        Assert.Equal(64, names.Count);
        Assert.Contains("FC5", names);
        Assert.Contains("FCz", names);
        Assert.Contains("AFz", names);
        Assert.Contains("Iz", names);
    }
}
