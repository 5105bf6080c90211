using System.Text.Json;
using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Edf;

/// <summary>The reader against MNE 1.3's values for the two real fixtures (fixtures/reference/edf_*.json).</summary>
public sealed class EdfFixtureTests
{
    // The reference prints means/stds to 4 decimals: a correct reader is within half a unit of the last digit.
    const double PrintedPrecision = 0.5e-4 + 1e-9;

    static JsonElement Reference(string name) =>
        JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("reference", name))).RootElement;

    [FixtureFact]
    public void S001R04_matches_mne_labels_rate_length_and_start()
    {
        var reference = Reference("edf_S001R04.json");
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));

        var labels = reference.GetProperty("labels_as_mne_reports").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(reference.GetProperty("n_signals_excluding_annotations").GetInt32(), edf.DataSignals.Count);
        Assert.Equal(labels, edf.DataSignals.Select(s => s.Label).ToArray());
        Assert.All(edf.DataSignals, s => Assert.Equal(reference.GetProperty("sfreq_hz").GetDouble(), s.SampleRateHz));
        Assert.All(edf.DataSignals, s => Assert.Equal(reference.GetProperty("n_samples").GetInt64(), s.SampleCount));
        Assert.Equal(new DateTime(2009, 8, 12, 16, 15, 0), edf.Header.StartDateTime);
        Assert.StartsWith("2009-08-12 16:15:00", reference.GetProperty("meas_date_utc").GetString());
        Assert.Empty(edf.Warnings);
    }

    [FixtureFact]
    public void S001R04_first_samples_mean_and_std_match_mne_for_every_channel()
    {
        var reference = Reference("edf_S001R04.json");
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));
        var all = edf.ReadPhysical(edf.DataSignals.Select(s => s.Index).ToArray());

        foreach (var entry in reference.GetProperty("first5_microvolts").EnumerateObject())
        {
            var expected = entry.Value.EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var actual = all[edf.IndexOf(entry.Name)].AsSpan(0, expected.Length).ToArray();
            Assert.Equal(expected, actual);
        }
        var means = reference.GetProperty("mean_microvolts");
        var stds = reference.GetProperty("std_microvolts");
        int checkedChannels = 0;
        foreach (var signal in edf.DataSignals)
        {
            Assert.Equal(1.0, signal.ScaleToMicrovolts);
            var x = all[signal.Index];
            double mean = x.Average();
            double std = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
            Assert.True(Math.Abs(mean - means.GetProperty(signal.Label).GetDouble()) <= PrintedPrecision, $"{signal.Label} mean {mean}");
            Assert.True(Math.Abs(std - stds.GetProperty(signal.Label).GetDouble()) <= PrintedPrecision, $"{signal.Label} std {std}");
            checkedChannels++;
        }
        Assert.Equal(64, checkedChannels);
    }

    [FixtureFact]
    public void S001R04_annotations_match_mne()
    {
        var expected = Reference("edf_S001R04.json").GetProperty("annotations_onset_duration_text").EnumerateArray().ToArray();
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));
        AssertAnnotations(expected, edf.Annotations);
        Assert.Equal(30, edf.Annotations.Count);
        Assert.Equal(["T0", "T1", "T2"], edf.Annotations.Select(a => a.Text).Distinct().Order().ToArray());
    }

    [FixtureFact]
    public void S001R04_header_is_edf_plus_c_with_its_subfields()
    {
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "S001R04.edf"));
        var h = edf.Header;
        Assert.Equal(EdfFileType.EdfPlusContinuous, h.FileType);
        Assert.Equal("EDF+C", h.Reserved);
        Assert.Equal(2, h.BytesPerSample);
        Assert.Equal(256 * 66, h.HeaderBytes);
        Assert.Equal(125, h.DeclaredRecordCount);
        Assert.Equal(125, h.RecordCount);
        Assert.Equal(1.0, h.RecordDurationSeconds);
        Assert.Equal(65, h.Signals.Count);
        Assert.Equal(64 * 160 * 2 + 80 * 2, h.RecordBytes);
        Assert.Equal(new EdfPatient(null, null, null, null, ""), h.Patient);
        Assert.Equal(new EdfRecordingInfo(new DateOnly(2009, 8, 12), null, null, "BCI2000", ""), h.Recording);

        var fc5 = h.Signals[0];
        Assert.Equal(("Fc5.", "BCI2000", "uV", "HP:0Hz LP:0Hz N:0Hz"), (fc5.Label, fc5.Transducer, fc5.PhysicalDimension, fc5.Prefiltering));
        Assert.Equal((-8092.0, 8092.0, -8092, 8092, 160), (fc5.PhysicalMin, fc5.PhysicalMax, fc5.DigitalMin, fc5.DigitalMax, fc5.SamplesPerRecord));
        var annotation = h.Signals[64];
        Assert.True(annotation.IsAnnotation);
        Assert.Equal(80, annotation.SamplesPerRecord);
        Assert.Null(annotation.ScaleToMicrovolts);

        // EDF+C: one segment, records at index × 1 s (their TALs say +0, +1, …).
        Assert.Equal([new EdfSegment(0, 0, 125, 125)], edf.Segments);
        Assert.Equal(124.0, edf.GetRecordStartSeconds(124));
    }

    [FixtureFact]
    public void Hypnogram_reproduces_all_154_annotations_exactly()
    {
        var reference = Reference("edf_SC4001EC-Hypnogram.json");
        var expected = reference.GetProperty("annotations_onset_duration_text").EnumerateArray().ToArray();
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "SC4001EC-Hypnogram.edf"));

        Assert.Equal(154, reference.GetProperty("n_annotations").GetInt32());
        AssertAnnotations(expected, edf.Annotations);
        Assert.Empty(edf.Warnings);
    }

    [FixtureFact]
    public void Hypnogram_header_is_annotation_only_with_zero_record_duration()
    {
        using var edf = EdfFile.Open(FixturePaths.Get("edf", "SC4001EC-Hypnogram.edf"));
        var h = edf.Header;
        Assert.Equal(EdfFileType.EdfPlusContinuous, h.FileType);
        Assert.Equal(0.0, h.RecordDurationSeconds);
        Assert.Equal(1, h.RecordCount);
        Assert.Empty(edf.DataSignals);
        Assert.Equal(2054, h.Signals[0].SamplesPerRecord);
        Assert.Equal(0.0, h.Signals[0].SampleRateHz);
        Assert.Equal(new DateTime(1989, 4, 24, 16, 13, 0), h.StartDateTime);
        Assert.Equal(new EdfPatient(null, "F", null, "Female_33yr", ""), h.Patient);
        Assert.Equal(new EdfRecordingInfo(new DateOnly(1989, 4, 24), null, null, null, ""), h.Recording);
        Assert.Throws<ArgumentException>(() => edf.ReadPhysical(0));
    }

    static void AssertAnnotations(JsonElement[] expected, IReadOnlyList<EdfAnnotation> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            var e = expected[i].EnumerateArray().ToArray();
            Assert.Equal(e[0].GetDouble(), actual[i].OnsetSeconds);
            Assert.Equal(e[1].GetDouble(), actual[i].DurationSeconds);
            Assert.Equal(e[2].GetString(), actual[i].Text);
        }
    }
}
