using System.Text.Json;
using SleepFM.Evaluation.Ablation;
using SleepFM.Evaluation.Reporting;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Cli;

/// <summary>
/// One tiny reproduction (an EEG task and an ECG task, so both transfer protocols run) shared by the tests below:
/// synthesise, prepare, pretrain, transfer, ablate, figures and report.
/// </summary>
public sealed class TinyReproduction : IDisposable
{
    readonly TempDirectory temp = new();

    public TinyReproduction()
    {
        Output = Path.Combine(temp.Path, "out");
        First = CliRunner.Run("reproduce", "--preset", "tiny", "--tasks", "tuab,ptbxl", "--out", Output, "--json");
    }

    public string Output { get; }

    public CliRunner.Result First { get; }

    public string File(params string[] parts) => Path.Combine([Output, .. parts]);

    public void Dispose() => temp.Dispose();
}

[Collection("Torch")]
public class ReproduceCommandTests(TinyReproduction run) : IClassFixture<TinyReproduction>
{
    [Fact]
    public void Every_stage_writes_its_files()
    {
        Assert.True(run.First.ExitCode == 0, run.First.Stderr);
        foreach (var file in new[] { "results.csv", "predictions.csv", "ablation.csv", "class_counts.csv", "report.html",
                     "pretrain/encoder.bin", "pretrain/history.csv", "pretrain/modalities/BAS/encoder.bin", "pretrain/modalities/ECG/encoder.json",
                     "figures/figure1-class-counts.html", "figures/figure2-scores.html", "figures/figure3-ablation.html" })
            Assert.True(System.IO.File.Exists(run.File(file)), file);

        var rows = ResultsCsv.Read(run.File("results.csv"));
        // TUAB: four regimes; PTB-XL (scored with the CODE-15% model): no PT+PE. Two seeds each (tiny preset).
        Assert.Equal(["frozen", "pt", "pt-pe", "scratch"], rows.Where(r => r.TaskId == "tuab").Select(r => r.Regime).Distinct().Order());
        Assert.Equal(["frozen", "pt", "scratch"], rows.Where(r => r.TaskId == "ptbxl").Select(r => r.Regime).Distinct().Order());
        Assert.Equal([1L, 2L], rows.Where(r => r.TaskId == "ptbxl").Select(r => r.Seed).Distinct().Order());
        Assert.True(System.IO.File.Exists(run.File("transfer", "ptbxl", "pt", "seed-1", "source.json")), "PTB-XL is scored with the CODE-15% model");

        var curve = AblationCsv.ReadCurve(run.File("ablation.csv"));
        Assert.Equal(19, curve.Count(p => p.TaskId == "tuab"));
        Assert.Equal(12, curve.Count(p => p.TaskId == "ptbxl"));

        var counts = ClassCountsCsv.Read(run.File("class_counts.csv"));
        Assert.Equal(["normal", "abnormal"], counts.Where(c => c.TaskId == "tuab").Select(c => c.ClassName));
        Assert.All(counts, c => Assert.True(c.Count >= 0));
    }

    [Fact]
    public void Json_output_summarises_scores_ablations_and_files()
    {
        Assert.True(run.First.ExitCode == 0, run.First.Stderr);
        using var json = JsonDocument.Parse(run.First.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("synthetic").GetBoolean());
        var series = root.GetProperty("summary").EnumerateArray().Select(s => (s.GetProperty("taskId").GetString(), s.GetProperty("series").GetString())).ToList();
        Assert.Contains(("tuab", "PT+PE"), series);
        Assert.Contains(("ptbxl", "Frozen"), series);
        Assert.Equal(2, root.GetProperty("fewestChannels").GetArrayLength());
        var figures = root.GetProperty("files").GetProperty("figures").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(3, figures.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
        // PNG copies where a Chromium exists (CI installs one); otherwise a warning says they were skipped.
        if (SleepFM.Interactive.Charts.StaticImage.IsAvailable) Assert.Equal(3, figures.Count(f => f.EndsWith(".png", StringComparison.Ordinal)));
        else Assert.Contains("no Chromium found", run.First.Stderr);
        Assert.Equal(run.File("report.html"), root.GetProperty("files").GetProperty("report").GetString());
    }

    [Fact]
    public void The_report_is_one_offline_page_labelled_synthetic()
    {
        var html = System.IO.File.ReadAllText(run.File("report.html"));

        Assert.Contains("Synthetic data.", html);
        Assert.Contains("<td>TUAB</td>", html);
        Assert.Contains("<td>PTB-XL</td>", html);
        Assert.Contains("fine-tuned on CODE-15%", html);
        Assert.DoesNotMatch(@"<script[^>]+src=", html);   // nothing loaded from a CDN
        // plotly.js is inlined once, before the first of the three figures.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, @"\(function \(define, module, exports\)"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<h2>figure[123]-").Count);
    }

    [Fact]
    public void Running_again_reuses_every_finished_stage()
    {
        var metrics = run.File("transfer", "tuab", "pt", "seed-1", "metrics.csv");
        var written = System.IO.File.GetLastWriteTimeUtc(metrics);
        var ablation = System.IO.File.GetLastWriteTimeUtc(run.File("ablation", "tuab", "ablation.csv"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var again = CliRunner.Run("reproduce", "--preset", "tiny", "--tasks", "tuab,ptbxl", "--out", run.Output);

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(written, System.IO.File.GetLastWriteTimeUtc(metrics));
        Assert.Equal(ablation, System.IO.File.GetLastWriteTimeUtc(run.File("ablation", "tuab", "ablation.csv")));
        Assert.Contains("Synthetic data", again.Stdout);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"a rerun took {clock.Elapsed}");
    }

    [Fact]
    public void Another_fine_tuning_budget_is_not_mixed_into_a_finished_run()
    {
        var metrics = run.File("transfer", "tuab", "scratch", "seed-1", "metrics.csv");
        var written = System.IO.File.GetLastWriteTimeUtc(metrics);

        var longer = CliRunner.Run("reproduce", "--preset", "tiny", "--tasks", "tuab", "--max-epochs", "4", "--out", run.Output);

        Assert.Equal(1, longer.ExitCode);
        Assert.Contains(Path.Combine(run.Output, "transfer", "tuab", "scratch", "seed-1"), longer.Stderr);
        Assert.Contains("MaxEpochs: 2 there, 4 now", longer.Stderr);
        Assert.Equal(written, System.IO.File.GetLastWriteTimeUtc(metrics));
    }

    [PythonFact("sklearn", "numpy")]
    public void Every_metric_is_recomputed_by_scikit_learn_from_the_saved_predictions()
    {
        var (exitCode, stdout, stderr) = PythonReference.RunScript("recompute_results_sklearn.py", run.Output);

        Assert.True(exitCode == 0, stdout + stderr);
        // tuab 4×2 runs, code15 3×2, ptbxl 3×2.
        Assert.Contains("over 20 runs", stdout);
    }

    [Fact]
    public void A_real_data_root_is_read_in_place_and_not_labelled_synthetic()
    {
        // The tiny run's synthetic world stands in for a real download: same layouts, same loaders.
        using var temp = new TempDirectory();
        var output = temp.File("real-out");

        var result = CliRunner.Run("reproduce", "--preset", "tiny", "--tasks", "tuab", "--seeds", "1", "--data", run.File("data"), "--out", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "data")), "nothing is generated when --data is given");
        Assert.DoesNotContain("Synthetic data", result.Stdout);
        var html = System.IO.File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.DoesNotContain("Synthetic data.", html);
        Assert.Contains(run.File("data"), html);
        Assert.Equal(["tuab"], ResultsCsv.Read(Path.Combine(output, "results.csv")).Select(r => r.TaskId).Distinct());
    }

    [Fact]
    public void A_missing_data_root_fails_with_an_error_line_naming_it()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run("reproduce", "--preset", "tiny", "--data", temp.File("nowhere"), "--out", temp.File("out"));

        Assert.Equal(1, result.ExitCode);
        var first = result.Stderr.Split('\n')[0];
        Assert.StartsWith("sleepfm: error: --data", first);
        Assert.Contains("nowhere", first);
    }
}
