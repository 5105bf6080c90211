using System.Text.Json;
using SleepFM.Pipeline;
using SleepFM.Tests.Cli;
using SleepFM.Tests.Datasets;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Pipeline;

/// <summary><c>sleepfm prepare</c>: arguments, exit codes (0 / 3 partial / 2 usage), plain progress lines off a terminal.</summary>
public sealed class PrepareCommandTests
{
    [Fact]
    public void PreparesReportsProgressAndResumes()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 2, seconds: 61);
        var first = CliRunner.Run("prepare", "--dataset", "psg", "--source", source, "--out", output, "--workers", "1");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("Converted     2", first.Stdout);
        Assert.Contains("[2/2] ", first.Stderr);   // plain progress lines: stderr is not a terminal here
        Assert.False(first.Stderr.Contains("\u001b["), first.Stderr.Replace("\u001b", "ESC"));

        var again = CliRunner.Run("prepare", "--dataset", "psg", "--source", source, "--out", output, "--json");
        Assert.Equal(0, again.ExitCode);
        using var json = JsonDocument.Parse(again.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("converted").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("skipped").GetInt32());
        Assert.True(json.RootElement.GetProperty("datasetComplete").GetBoolean());
    }

    [Fact]
    public void PartialRunExitsWith3AndNamesTheFailure()
    {
        using var dir = new TempDirectory();
        string source = dir.File("src"), output = dir.File("out");
        PsgTestData.WriteSyntheticWorld(source, subjects: 2, seconds: 61);
        File.WriteAllBytes(Path.Combine(source, "psg", "cohortA", "broken.edf"), new byte[512]);
        var result = CliRunner.Run("prepare", "--dataset", "psg", "--source", source, "--out", output, "--shard", "0/1", "--precision", "float32");
        Assert.Equal(PrepareReport.PartialExitCode, result.ExitCode);
        Assert.Contains("failed: psg/cohortA/broken", result.Stderr);
        Assert.Contains("EdfFormatException", result.Stderr);
        Assert.Contains("Failed        1", result.Stdout);
        Assert.Equal("float32", PreparedDataset.Open(output).Info.Dtype);
    }

    [Theory]
    [InlineData("--dataset", "nope")]
    [InlineData("--shard", "3/3")]
    [InlineData("--workers", "0")]
    [InlineData("--precision", "float64")]
    public void BadArgumentsAreUsageErrors(string option, string value)
    {
        using var dir = new TempDirectory();
        var args = new Dictionary<string, string> { ["--dataset"] = "psg", ["--source"] = dir.Path, ["--out"] = dir.File("out") };
        args[option] = value;
        var result = CliRunner.Run(["prepare", .. args.SelectMany(p => new[] { p.Key, p.Value })]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.Stderr);
    }
}
