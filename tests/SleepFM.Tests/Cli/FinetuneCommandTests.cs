using System.Text.Json;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Cli;

[Collection("Torch")]
public class FinetuneCommandTests
{
    [Fact]
    public void Finetune_prepares_the_task_from_a_raw_root_and_writes_results_and_predictions()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        Assert.Equal(0, CliRunner.Run("synth", "--preset", "tiny", "--out", data).ExitCode);

        var result = CliRunner.Run("finetune", "--task", "ptbxl", "--data", data, "--out", temp.File("out"),
            "--regime", "scratch", "--preset", "tiny", "--seeds", "1", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("macro_f1", json.RootElement.GetProperty("metric").GetString());
        var summary = json.RootElement.GetProperty("summary")[0];
        Assert.Equal("Scratch", summary.GetProperty("series").GetString());
        Assert.InRange(summary.GetProperty("mean").GetDouble(), 0, 1);
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "results.csv")));
        Assert.StartsWith("task,regime,seed,split,sample_id,subject_id,true_RBBB", File.ReadLines(Path.Combine(temp.Path, "out", "ptbxl", "predictions.csv")).First());
    }

    [Fact]
    public void A_pretrained_regime_without_an_encoder_fails_with_one_line()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("finetune", "--task", "tuab", "--data", temp.Path, "--out", temp.File("out"), "--regime", "pt", "--preset", "tiny");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--encoder", result.Stderr);
    }

    [Fact]
    public void An_unknown_regime_is_bad_usage()
    {
        var result = CliRunner.Run("finetune", "--task", "tuab", "--data", ".", "--out", "x", "--regime", "pretrained");

        Assert.Equal(2, result.ExitCode);
    }
}
