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
    public void The_budget_options_shorten_training_and_a_rerun_with_other_settings_is_refused()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        Assert.Equal(0, CliRunner.Run("synth", "--preset", "tiny", "--out", data).ExitCode);
        string[] Finetune(params string[] more) =>
            ["finetune", "--task", "tusl", "--data", data, "--out", temp.File("out"), "--regime", "scratch", "--preset", "tiny", "--seeds", "1", .. more];

        var shortRun = CliRunner.Run(Finetune("--max-epochs", "1", "--patience", "1"));

        Assert.True(shortRun.ExitCode == 0, shortRun.Stderr);
        var folder = Path.Combine(temp.Path, "out", "tusl", "scratch", "seed-1");
        Assert.Equal(2, File.ReadAllLines(Path.Combine(folder, "history.csv")).Length);   // header and one epoch (the tiny preset has 2)
        using (var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "config.json"))))
        {
            Assert.Equal(1, config.RootElement.GetProperty("MaxEpochs").GetInt32());
            Assert.Equal(1, config.RootElement.GetProperty("Patience").GetInt32());
        }

        // The preset's budget into the same folder would mix two protocols in one table: refused, naming the run and the settings.
        var mixed = CliRunner.Run(Finetune());

        Assert.Equal(1, mixed.ExitCode);
        Assert.Contains(folder, mixed.Stderr);
        Assert.Contains("MaxEpochs: 1 there, 2 now", mixed.Stderr);
        Assert.Contains("Patience: 1 there, 2 now", mixed.Stderr);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(folder, "history.csv")).Length);
    }

    [Theory]
    [InlineData("--max-epochs")]
    [InlineData("--patience")]
    public void A_budget_below_one_epoch_is_bad_usage(string option)
    {
        var result = CliRunner.Run("finetune", "--task", "tuab", "--data", ".", "--out", "x", "--regime", "scratch", option, "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} must be at least 1", result.Stderr);
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
