using System.Text.Json;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Cli;

public class SynthCommandTests
{
    [Fact]
    public void Tiny_writes_readable_psg_nights_and_a_rerun_skips_them()
    {
        using var temp = new TempDirectory();

        var first = CliRunner.Run("synth", "--preset", "tiny", "--out", temp.Path, "--json");
        var stamp = File.GetLastWriteTimeUtc(Directory.EnumerateFiles(temp.Path, "*.edf", SearchOption.AllDirectories).First());
        var second = CliRunner.Run("synth", "--preset", "tiny", "--out", temp.Path, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        using var manifest = JsonDocument.Parse(first.Stdout);
        var edfs = Directory.EnumerateFiles(temp.Path, "*.edf", SearchOption.AllDirectories).ToList();
        Assert.Equal(4, edfs.Count);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Directory.EnumerateFiles(temp.Path, "*.edf", SearchOption.AllDirectories).First()));
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
