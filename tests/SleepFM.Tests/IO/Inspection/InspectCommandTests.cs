using System.Text.Json;
using SleepFM.IO.Hdf5;
using SleepFM.Tests.Cli;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Inspection;

/// <summary><c>sleepfm inspect</c> on real EDF+ and WFDB files, a generated CODE-15% file, and bad input.</summary>
public class InspectCommandTests
{
    static JsonElement InspectJson(params string[] args)
    {
        var result = CliRunner.Run(["inspect", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [FixtureFact]
    public void Edf_plus_reports_channels_positions_annotations_and_mne_statistics()
    {
        var reference = JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("reference", "edf_S001R04.json"))).RootElement;
        var json = InspectJson(FixturePaths.Get("edf", "S001R04.edf"), "--stats", "--annotations", "5");

        Assert.Equal("EDF+C", json.GetProperty("format").GetString());
        Assert.Equal(125.0, json.GetProperty("durationSeconds").GetDouble());
        Assert.Equal("2009-08-12T16:15:00", json.GetProperty("startTime").GetString());
        Assert.Equal(30, json.GetProperty("annotationCount").GetInt32());
        Assert.Equal(5, json.GetProperty("firstAnnotations").GetArrayLength());
        var channels = json.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(64, channels.Count);
        foreach (var channel in channels)
        {
            var label = channel.GetProperty("label").GetString()!;
            Assert.Equal("BAS", channel.GetProperty("modality").GetString());
            Assert.Equal(160.0, channel.GetProperty("sampleRateHz").GetDouble());
            Assert.Equal(20000, channel.GetProperty("sampleCount").GetInt64());
            // MNE's values are printed to 4 decimals: agree to half a unit in the last place.
            Assert.InRange(Math.Abs(reference.GetProperty("mean_microvolts").GetProperty(label).GetDouble() - channel.GetProperty("mean").GetDouble()), 0, 0.5e-4 + 1e-9);
            Assert.InRange(Math.Abs(reference.GetProperty("std_microvolts").GetProperty(label).GetDouble() - channel.GetProperty("standardDeviation").GetDouble()), 0, 0.5e-4 + 1e-9);
        }
        var c3 = channels.Single(c => c.GetProperty("name").GetString() == "C3").GetProperty("position");
        var c4 = channels.Single(c => c.GetProperty("name").GetString() == "C4").GetProperty("position");
        Assert.True(c3.GetProperty("x").GetDouble() < 0 && c4.GetProperty("x").GetDouble() > 0);
    }

    [FixtureFact]
    public void Wfdb_reports_leads_header_comments_and_the_atr_annotations()
    {
        var json = InspectJson(FixturePaths.Get("wfdb", "100.hea"), "--annotations", "2");

        Assert.Equal("WFDB", json.GetProperty("format").GetString());
        Assert.Equal(2274, json.GetProperty("annotationCount").GetInt32());
        var channels = json.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(["MLII", "V5"], channels.Select(c => c.GetProperty("label").GetString()));
        Assert.All(channels, c => Assert.Equal("ECG", c.GetProperty("modality").GetString()));
        Assert.All(channels, c => Assert.Equal(650000, c.GetProperty("sampleCount").GetInt64()));
        Assert.False(channels[0].TryGetProperty("mean", out var mean) && mean.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void Code15_hdf5_reports_twelve_leads_at_400_hz_and_lead_statistics()
    {
        using var temp = new TempDirectory();
        var path = temp.File("exams_part0.hdf5");
        var tracings = new float[2 * 4096 * 12];
        for (int i = 0; i < tracings.Length; i++) tracings[i] = (i % 12) + 1;   // lead k holds the constant k + 1
        Code15Hdf5Writer.Write(path, [101, 205], tracings);

        var json = InspectJson(path, "--stats");

        Assert.Equal("HDF5 (CODE-15%)", json.GetProperty("format").GetString());
        Assert.Equal(2, json.GetProperty("recordCount").GetInt64());
        var channels = json.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(12, channels.Count);
        Assert.Equal("DI", channels[0].GetProperty("label").GetString());
        Assert.All(channels, c => Assert.Equal(400.0, c.GetProperty("sampleRateHz").GetDouble()));
        Assert.All(channels, c => Assert.Equal("ECG", c.GetProperty("modality").GetString()));
        for (int k = 0; k < 12; k++)
        {
            Assert.Equal(k + 1, channels[k].GetProperty("mean").GetDouble(), 6);
            Assert.Equal(0, channels[k].GetProperty("standardDeviation").GetDouble(), 6);
        }
    }

    [FixtureFact]
    public void Json_field_names_are_stable()
    {
        var json = InspectJson(FixturePaths.Get("edf", "S001R04.edf"));

        Assert.Equal(
            ["path", "format", "startTime", "durationSeconds", "recordCount", "recordDurationSeconds", "channels",
             "annotationCount", "firstAnnotations", "properties", "warnings"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["index", "label", "name", "modality", "modalityReason", "position", "sampleRateHz", "unit", "sampleCount", "mean", "standardDeviation"],
            json.GetProperty("channels")[0].EnumerateObject().Select(p => p.Name));
    }

    [FixtureFact]
    public void Text_output_is_a_readable_table()
    {
        var result = CliRunner.Run("inspect", FixturePaths.Get("edf", "S001R04.edf"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Format     EDF+C", result.Stdout);
        Assert.Matches(@"(?m)^\s*8\s+C3\.\.\s+C3\s+BAS\s+\(-0\.588, 0\.000, 0\.809\)\s+160\s+uV\s+20000$", result.Stdout);
        Assert.Contains("Annotations: 30", result.Stdout);
    }

    [Fact]
    public void A_missing_file_fails_with_one_line_naming_it()
    {
        var result = CliRunner.Run("inspect", "/nonexistent/recording.edf");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("sleepfm: error: /nonexistent/recording.edf: no such file", result.Stderr);
        Assert.DoesNotContain(" at SleepFM", result.Stderr);
    }

    [Fact]
    public void An_unrecognised_file_fails_naming_the_supported_formats()
    {
        using var temp = new TempDirectory();
        var path = temp.File("notes.txt");
        File.WriteAllText(path, "not a recording");

        var result = CliRunner.Run("inspect", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("expected EDF/EDF+/BDF", result.Stderr);
    }

    [Fact]
    public void A_truncated_edf_fails_with_the_typed_error_naming_file_and_field()
    {
        using var temp = new TempDirectory();
        var path = temp.File("truncated.edf");
        File.WriteAllBytes(path, System.Text.Encoding.ASCII.GetBytes("0       patient"));

        var result = CliRunner.Run("inspect", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(path, result.Stderr);
        Assert.Contains("byte", result.Stderr);
    }

    [Fact]
    public void A_negative_annotation_count_is_bad_usage()
    {
        var result = CliRunner.Run("inspect", "x.edf", "--annotations", "-1");

        Assert.Equal(2, result.ExitCode);
    }
}
