namespace SleepFM.Notebooks.Tests;

/// <summary>
/// Every notebook in notebooks/ executes top to bottom on a fresh kernel with the tiny preset. They share one
/// results folder (as they do for a user), so the synthetic world and the pretrained encoder are made once and the
/// figures notebook finds the other notebooks' results.
/// </summary>
[TestCaseOrderer(NotebookOrder.TypeName, NotebookOrder.AssemblyName)]
public class NotebookExecutionTests
{
    static readonly Dictionary<string, string> TinyPreset = new()
    {
        ["SLEEPFM_PRESET"] = "tiny",
        ["SLEEPFM_RESULTS"] = NotebookPaths.SharedResultsDirectory,
        ["SLEEPFM_DATA"] = "",
    };

    [Theory]
    [MemberData(nameof(NotebookPaths.All), MemberType = typeof(NotebookPaths))]
    public async Task Notebook_executes_without_a_failed_cell(string notebook)
    {
        var run = await NotebookRunner.RunAsync(
            Path.Combine(NotebookPaths.NotebooksDirectory, notebook),
            Path.Combine(NotebookPaths.ExecutedDirectory, notebook),
            TinyPreset);

        Assert.True(run.Failure is null, run.Describe());
        Assert.NotEmpty(run.Cells);
    }

    [Fact]
    public void Every_notebook_is_found()
    {
        Assert.Contains("00-environment.ipynb", NotebookPaths.Names());
    }
}
