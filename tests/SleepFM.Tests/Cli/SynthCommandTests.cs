using System.Text.Json;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Cli;

public class SynthCommandTests
{
    [Fact]
    public void Tiny_writes_psg_nights_and_every_downstream_dataset_and_a_rerun_skips_them()
    {
        using var temp = new TempDirectory();

        var first = CliRunner.Run("synth", "--preset", "tiny", "--out", temp.Path, "--json");
        var psg = Path.Combine(temp.Path, "psg");
        var stamp = File.GetLastWriteTimeUtc(Directory.EnumerateFiles(psg, "*.edf", SearchOption.AllDirectories).First());
        var second = CliRunner.Run("synth", "--preset", "tiny", "--out", temp.Path, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        using var manifest = JsonDocument.Parse(first.Stdout);
        var edfs = Directory.EnumerateFiles(psg, "*.edf", SearchOption.AllDirectories).ToList();
        Assert.Equal(4, edfs.Count);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Directory.EnumerateFiles(psg, "*.edf", SearchOption.AllDirectories).First()));
        foreach (var dataset in new[] { "tuab", "tuev", "tusl", "chbmit", "braincapture", "code15", "ptbxl", "g12ec", "cpsc" })
            Assert.True(Directory.Exists(Path.Combine(temp.Path, dataset)), dataset);
        var counts = SleepFM.Evaluation.Reporting.ClassCountsCsv.Read(temp.File("class_counts.csv"));
        Assert.Equal(manifest.RootElement.GetProperty("downstream").GetProperty("datasets").EnumerateArray()
            .Sum(d => d.GetProperty("classCounts").GetArrayLength()), counts.Count);
        var inspected = CliRunner.Run("inspect", edfs[0], "--json");
        Assert.Equal(0, inspected.ExitCode);
        Assert.Contains("Sleep stage", inspected.Stdout);
        Assert.Contains("100%", first.Stderr);   // progress goes to stderr, the JSON result to stdout
    }

    [Fact]
    public void An_unknown_preset_is_bad_usage()
    {
        var result = CliRunner.Run("synth", "--preset", "huge", "--out", "unused");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("huge", result.Stderr);
    }
}
