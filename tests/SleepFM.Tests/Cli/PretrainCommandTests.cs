using SleepFM.Training.Pretraining;
using System.Text.Json;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Cli;

[Collection("Torch")]
public class PretrainCommandTests
{
    [Fact]
    public void Pretrain_prepares_a_raw_synthetic_root_trains_and_writes_the_encoder_then_resumes_as_a_no_op()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        var run = Path.Combine(temp.Path, "run");
        Assert.Equal(0, CliRunner.Run("synth", "--preset", "tiny", "--out", data).ExitCode);

        var result = CliRunner.Run("pretrain", "--data", data, "--out", run, "--preset", "tiny", "--epochs", "1", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var history = json.RootElement.GetProperty("history");
        Assert.Equal(1, history.GetArrayLength());
        Assert.True(double.IsFinite(history[0].GetProperty("validationLoss").GetDouble()));
        foreach (var file in new[] { "encoder.bin", "encoder.pt", "encoder.json", "history.csv", "config.json", "prepared/dataset.json" })
            Assert.True(File.Exists(Path.Combine(run, file)), file);

        var resumed = CliRunner.Run("pretrain", "--data", Path.Combine(run, "prepared"), "--out", run, "--preset", "tiny", "--epochs", "1", "--resume", "--json");
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Equal(json.RootElement.GetProperty("steps").GetInt64(), JsonDocument.Parse(resumed.Stdout).RootElement.GetProperty("steps").GetInt64());
    }

    [Fact]
    public void The_authors_mixed_batches_are_an_option_recorded_in_the_run_config()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        Assert.Equal(0, CliRunner.Run("synth", "--preset", "tiny", "--out", data).ExitCode);
        string Batches(string run) => PretrainingConfig.FromJson(File.ReadAllText(Path.Combine(run, "config.json"))).Batches.ToString();

        var mixed = CliRunner.Run("pretrain", "--data", data, "--out", temp.File("mixed"), "--preset", "tiny", "--epochs", "1", "--batches", "mixed");
        Assert.True(mixed.ExitCode == 0, mixed.Stderr);
        Assert.Equal("Mixed", Batches(temp.File("mixed")));
        var byDefault = CliRunner.Run("pretrain", "--data", Path.Combine(temp.File("mixed"), "prepared"), "--out", temp.File("same"), "--preset", "tiny", "--epochs", "1");
        Assert.True(byDefault.ExitCode == 0, byDefault.Stderr);
        Assert.Equal("SameMontage", Batches(temp.File("same")));
        Assert.Equal(2, CliRunner.Run("pretrain", "--data", data, "--out", temp.File("x"), "--batches", "shuffled").ExitCode);
    }

    [Fact]
    public void A_missing_data_folder_fails_with_one_line()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("pretrain", "--data", temp.File("nothing-here"), "--out", temp.File("run"), "--preset", "tiny");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("sleepfm: error:", result.Stderr);
    }

    [Fact]
    public void A_folder_that_is_neither_prepared_nor_raw_psg_fails_naming_it()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("pretrain", "--data", temp.Path, "--out", temp.File("run"), "--preset", "tiny");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"sleepfm: error: {temp.Path}: is neither a prepared folder", result.Stderr);
    }
}
