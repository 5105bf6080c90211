using System.Text.Json;

namespace SleepFM.Tests.Cli;

public class InfoCommandTests
{
    [Fact]
    public void Json_reports_libtorch_2_10_and_the_device()
    {
        var result = CliRunner.Run("info", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("2.10.0", root.GetProperty("libTorchVersion").GetString());
        Assert.Equal("0.107.0", root.GetProperty("torchSharpVersion").GetString());
        Assert.Equal(root.GetProperty("cudaAvailable").GetBoolean() ? "cuda" : "cpu", root.GetProperty("device").GetString());
        Assert.True(root.GetProperty("torchThreads").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("dotNetVersion").GetString()));
    }

    [Fact]
    public void Plain_output_names_every_fact()
    {
        var result = CliRunner.Run("info");

        Assert.Equal(0, result.ExitCode);
        foreach (var label in new[] { ".NET", "TorchSharp", "LibTorch", "Threads", "CUDA", "Device" })
            Assert.Contains(label, result.Stdout);
    }
}
