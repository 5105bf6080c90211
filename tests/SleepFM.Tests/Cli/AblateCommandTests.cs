using System.Text.Json;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Cli;

[Collection("Torch")]
public class AblateCommandTests
{
    [Fact]
    public void Ablate_tests_a_finetuned_run_on_every_channel_count_and_writes_ablation_csv()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        var results = Path.Combine(temp.Path, "results");
        Assert.Equal(0, CliRunner.Run("synth", "--preset", "tiny", "--out", data).ExitCode);
        var tuned = CliRunner.Run("finetune", "--task", "chbmit", "--data", data, "--out", results, "--regime", "scratch", "--preset", "tiny", "--seeds", "1");
        Assert.True(tuned.ExitCode == 0, tuned.Stderr);

        var result = CliRunner.Run("ablate", "--task", "chbmit", "--model", Path.Combine(results, "chbmit", "scratch", "seed-1"),
            "--data", Path.Combine(results, "prepared", "chbmit"), "--out", temp.File("ablation"), "--subsets", "2", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var curve = json.RootElement.GetProperty("curve");
        Assert.Equal(18, curve.GetArrayLength());                 // the CHB-MIT recipe's 18 bipolar channels
        Assert.Equal(1.0, curve[17].GetProperty("fractionOfFull").GetDouble(), 9);
        var lines = File.ReadAllLines(temp.File("ablation/ablation.csv"));
        Assert.Equal(1 + 17 * 2 + 1, lines.Length);
    }

    [Fact]
    public void A_folder_that_is_not_a_run_fails_naming_the_missing_file()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("ablate", "--task", "tuab", "--model", temp.Path, "--data", temp.Path, "--out", temp.File("x"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("config.json is missing", result.Stderr);
    }
}
