namespace SleepFM.Notebooks.Tests;

/// <summary>What 00-environment must show, beyond merely running.</summary>
public class EnvironmentNotebookTests
{
    [Fact]
    public async Task Shows_libtorch_a_passing_self_check_an_offline_chart_and_a_table()
    {
        var run = await NotebookRunner.RunAsync(Path.Combine(NotebookPaths.NotebooksDirectory, "00-environment.ipynb"));
        Assert.True(run.Failure is null, run.Describe());
        var html = run.AllHtml;

        Assert.Contains("2.10.0", html);                       // LibTorch version in the environment report
        Assert.Contains("Passed", html);                       // the self-check record is displayed
        Assert.DoesNotMatch(@"<script[^>]*\bsrc\s*=\s*[""']?https?:", html); // nothing loaded from the network …
        Assert.DoesNotContain("require.config", html);
        Assert.Contains("Plotly.newPlot", html);               // … a real Plotly chart …
        Assert.Equal(1, Count(html, "plotly.js v2"));          // … with plotly.js inlined exactly once
        Assert.Contains("class=\"sleepfm-frame\"", html);      // the Deedle frame as our table, not an object dump
        Assert.True(html.Length < 6_000_000, $"notebook HTML is {html.Length:N0} characters");
    }

    static int Count(string text, string fragment)
    {
        int count = 0;
        for (int i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
